/**
 * GraphCanvas's layouts for views above the detailed bound (layout-for-size.ts):
 *   - `fcose-draft`: new nodes placed at once (large-view-positions.ts), the picture fitted and drawn,
 *     then a short fcose pass (quality 'default', randomize: false) refines it from there;
 *   - `preset`: the placement and the fit only — no force layout, no tidy pass (both cost seconds here).
 * Labels are not settled (settle-labels.ts): at these sizes the fit zooms below where labels read, and
 * the light style hides them until the reader zooms in. Seeded like the small view's layout, so the same
 * graph always gets the same picture.
 */
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import { fcoseLayoutOptions, type Point } from './layout-options';
import type { LayoutChoice } from './layout-for-size';
import { largeViewPositions, spreadApart } from './large-view-positions';
import { seedOf, withSeededRandom } from './seeded-random';
import { nextFrame } from './settle-labels';

const PADDING = 40;
/**
 * The lowest zoom a large view may take to show all of itself. The instance's minimum (0.15, set for the
 * small view, where less is unreadable) clamps a fit: a 1,700-node disc then overflows a short canvas
 * by a few dozen pixels at both ends. Here labels are hidden anyway, and seeing every node matters more.
 */
const LARGE_VIEW_MIN_ZOOM = 0.02;

/**
 * Fits `eles` into the canvas as it is now, first lowering the instance's minimum zoom (never below
 * LARGE_VIEW_MIN_ZOOM) when the fit needs more room than it allows. Only large-view instances call this:
 * a small view keeps its minimum and its readable fit (readable-view.ts).
 */
export function fitLargeView({
  cy,
  eles,
  padding = PADDING,
}: {
  cy: Core;
  eles: cytoscape.Collection;
  padding?: number;
}) {
  const box = eles.boundingBox({});
  const room = { w: cy.width() - 2 * padding, h: cy.height() - 2 * padding };
  if (room.w > 0 && room.h > 0 && box.w > 0 && box.h > 0) {
    const needed = Math.min(room.w / box.w, room.h / box.h);
    if (needed < cy.minZoom()) cy.minZoom(Math.max(LARGE_VIEW_MIN_ZOOM, needed));
  }
  cy.fit(eles, padding);
}

/** Places the shown nodes no layout has placed yet, around the ones that were. */
export function placeLargeView({
  cy,
  shown,
  laidOut,
}: {
  cy: Core;
  shown: cytoscape.Collection;
  laidOut: Set<string>;
}) {
  const adjacency = new Map<string, string[]>();
  shown.edges().forEach((edge) => {
    const [a, b] = [edge.source().id(), edge.target().id()];
    adjacency.set(a, [...(adjacency.get(a) ?? []), b]);
    adjacency.set(b, [...(adjacency.get(b) ?? []), a]);
  });
  const placed = new Map<string, Point>();
  const newIds: string[] = [];
  shown.nodes().forEach((node) => {
    if (laidOut.has(node.id())) placed.set(node.id(), { ...node.position() });
    else newIds.push(node.id());
  });
  const positions = largeViewPositions({ newIds, placed, neighbours: (id) => adjacency.get(id) ?? [] });
  cy.batch(() => positions.forEach((p, id) => cy.getElementById(id).position(p)));
}

/**
 * Runs the draft or preset layout; `onDone` once the picture is final (or the force pass was stopped).
 * The returned `stop` lets a newer element set supersede the pass, as GraphCanvas does with fcose.
 */
export function runSizedLayout({
  cy,
  shown,
  layout,
  laidOut,
  animate,
  onDone,
}: {
  cy: Core;
  shown: cytoscape.Collection;
  layout: Exclude<LayoutChoice, { kind: 'fcose-proof' }>;
  laidOut: Set<string>;
  animate: boolean;
  onDone: () => void;
}): { stop: () => void } {
  placeLargeView({ cy, shown, laidOut });
  fitLargeView({ cy, eles: shown });
  if (layout.kind === 'preset') {
    // A new instance (the renderer changed) measures its container once it has drawn: fit again then.
    nextFrame(() => {
      if (cy.destroyed()) return;
      cy.resize();
      fitLargeView({ cy, eles: shown });
      onDone();
    });
    return { stop: () => undefined };
  }
  let running: cytoscape.Layouts | null = null;
  let stopped = false;
  // One frame for the first picture on the starting positions, then the force pass from there.
  nextFrame(() => {
    if (stopped || cy.destroyed()) return;
    const options = {
      ...fcoseLayoutOptions({ nodeCount: shown.nodes().length, animate }),
      quality: 'default',
      randomize: false,
      numIter: layout.numIter,
    };
    running = shown.layout(options as never);
    // Nodes the short pass left on top of each other are moved apart (spreadApart), then the picture is
    // fitted again: fcose's own fit is clamped at the instance's minimum zoom.
    running.one('layoutstop', () => {
      if (cy.destroyed()) return;
      const apart = spreadApart({ positions: new Map(shown.nodes().map((n) => [n.id(), { ...n.position() }])) });
      cy.batch(() => apart.forEach((p, id) => cy.getElementById(id).position(p)));
      fitLargeView({ cy, eles: shown });
      onDone();
    });
    withSeededRandom({ seed: seedOf({ ids: shown.nodes().map((n) => n.id()) }), run: () => running!.run() });
  });
  return {
    stop: () => {
      stopped = true;
      running?.stop();
    },
  };
}
