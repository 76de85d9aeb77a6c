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
import { largeViewPositions } from './large-view-positions';
import { seedOf, withSeededRandom } from './seeded-random';
import { nextFrame } from './settle-labels';

const PADDING = 40;

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
  cy.fit(shown, PADDING);
  if (layout.kind === 'preset') {
    // A new instance (the renderer changed) measures its container once it has drawn: fit again then.
    nextFrame(() => {
      if (cy.destroyed()) return;
      cy.resize();
      cy.fit(shown, PADDING);
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
    running.one('layoutstop', onDone);
    withSeededRandom({ seed: seedOf({ ids: shown.nodes().map((n) => n.id()) }), run: () => running!.run() });
  });
  return {
    stop: () => {
      stopped = true;
      running?.stop();
    },
  };
}
