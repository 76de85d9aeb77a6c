/**
 * What GraphCanvas runs when a layout stops: measure each node's label-inclusive box on the live
 * instance, then move nodes so no labels overlap and no node sits on a foreign edge. Only reads
 * and writes positions of the instance GraphCanvas owns (type import only).
 *
 * Why this is still hand-written: fcose (even with nodeDimensionsIncludeLabels and a strong
 * repulsion) leaves label boxes touching and nodes parked on unrelated lines — measured on the
 * article graph, fcose alone leaves 5-20 nodes on fact edges at any repulsion that still reads
 * (client/README.md). Cytoscape's other layouts have no "keep nodes off foreign edges" rule, and
 * cola's avoidOverlap (not a dependency) only separates boxes.
 */
import type { Collection, Core } from 'cytoscape';
import { isLooseEdgeType, type Point } from './layout-options';
import { removeOverlaps, type NodeExtent, type Segment } from './overlap-removal';

/**
 * How far (in 14-unit rings) a node may move to a free spot. Tuned on the article graph with
 * tests/e2e/measure-layout.ts: 12 clears every fact line at fcose's current repulsion while the
 * fit still zooms to ~0.55-0.6; much further spreads the picture until 16px labels read below ~8px.
 */
const RELOCATION_RINGS = 12;

export function nodeExtents({ shown }: { shown: Collection }): Map<string, NodeExtent> {
  const extents = new Map<string, NodeExtent>();
  shown.nodes().forEach((node) => {
    const p = node.position();
    const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
    extents.set(node.id(), {
      x1: box.x1 - p.x,
      x2: box.x2 - p.x,
      y1: box.y1 - p.y,
      y2: box.y2 - p.y,
      radius: Math.max(node.width(), node.height()) / 2,
    });
  });
  return extents;
}

/** The whole readability pass on plain data (what tidyLayout applies; tests run it headless). */
export function readablePositions({
  positions,
  extents,
  segments,
}: {
  positions: Map<string, Point>;
  extents: Map<string, NodeExtent>;
  segments: Segment[];
}): Map<string, Point> {
  // fcose's repulsion already spreads the nodes; no centre-distance pre-pass is needed any more.
  return removeOverlaps({ positions, extents, segments, rings: RELOCATION_RINGS });
}

/** `shown`: the elements drawn (hidden types neither move nor count). */
export function tidyLayout({ cy, shown }: { cy: Core; shown: Collection }): void {
  const positions = new Map<string, Point>(shown.nodes().map((n) => [n.id(), { ...n.position() }]));
  const segments = shown.edges().map((e) => ({
    from: e.source().id(),
    to: e.target().id(),
    // A node on a solid fact line reads as part of it; on a dashed "said about" hint, less so.
    weight: isLooseEdgeType(String(e.data('type'))) ? 1 : 3,
  }));
  const tidy = readablePositions({ positions, extents: nodeExtents({ shown }), segments });
  cy.batch(() => tidy.forEach((p, id) => cy.getElementById(id).position(p)));
}
