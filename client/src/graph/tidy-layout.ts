/**
 * What GraphCanvas runs when a layout stops: measure each node's label-inclusive box on the live
 * instance, then move nodes so no labels overlap and no node sits on a foreign edge. Only reads
 * and writes positions of the instance GraphCanvas owns (type import only).
 */
import type { Core } from 'cytoscape';
import { MIN_NODE_DISTANCE, isLooseEdgeType, separateOverlaps, type Point } from './layout-options';
import { removeOverlaps, type NodeExtent, type Segment } from './overlap-removal';

/**
 * How far (in 14-unit rings) a node may move to a free spot. Tuned on the article graph:
 * further clears every line but spreads the picture so the fit zooms labels below ~8px.
 */
const RELOCATION_RINGS = 10;

export function nodeExtents({ cy }: { cy: Core }): Map<string, NodeExtent> {
  const extents = new Map<string, NodeExtent>();
  cy.nodes().forEach((node) => {
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
  // A cheap centre-distance spread first leaves the box pass fewer, smaller conflicts.
  const spread = separateOverlaps({ positions, minDistance: MIN_NODE_DISTANCE });
  return removeOverlaps({ positions: spread, extents, segments, rings: RELOCATION_RINGS });
}

export function tidyLayout({ cy }: { cy: Core }): void {
  const positions = new Map<string, Point>(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  const segments = cy.edges().map((e) => ({
    from: e.source().id(),
    to: e.target().id(),
    // A node on a solid fact line reads as part of it; on a dashed "said about" hint, less so.
    weight: isLooseEdgeType(String(e.data('type'))) ? 1 : 3,
  }));
  const tidy = readablePositions({ positions, extents: nodeExtents({ cy }), segments });
  cy.batch(() => tidy.forEach((p, id) => cy.getElementById(id).position(p)));
}
