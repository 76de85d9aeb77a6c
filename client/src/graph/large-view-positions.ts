/**
 * Positions for views too large for the careful force layout (layout-for-size.ts' `fcose-draft` start
 * and `preset` placement). Why not layout-options.ts' startingPositions: it rings a node's neighbours at
 * radius 80 + 12k, fine for the article's few neighbours, but a hub with 1,700 neighbours (one "Expand
 * more") then spans 40,000 units, which no fit above the minimum zoom shows. Here:
 *   - the k-th node placed around an anchor sits on a sunflower (Vogel) spiral, radius spacing × √(k+1):
 *     the area grows with the node count, so a hub's neighbours form a disc, evenly spaced, never stacked;
 *   - nodes reach their anchor breadth-first from the placed ones (an expansion grows out of the nodes it
 *     touches; nothing already placed moves), and a component with no placed node starts from its busiest
 *     node (ties by id);
 *   - new components are packed on shelves below what is placed, so islands never pile up at the centre.
 * Linear in nodes + edges and deterministic (id order, no randomness): a link shows the same picture.
 * Pure (plain data in, plain data out), so it is unit-tested without a browser.
 */
import type { Point } from './layout-options';

/** Golden angle (radians): successive sunflower points never line up. */
const GOLDEN_ANGLE = 2.399963229728653;
/** Distance scale between neighbouring points: a 30-unit node plus room around it. */
export const LARGE_VIEW_SPACING = 45;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const boxOf = (points: Iterable<Point>): Box | null => {
  let box: Box | null = null;
  for (const p of points) {
    if (!box) box = { x1: p.x, y1: p.y, x2: p.x, y2: p.y };
    else
      box = {
        x1: Math.min(box.x1, p.x),
        y1: Math.min(box.y1, p.y),
        x2: Math.max(box.x2, p.x),
        y2: Math.max(box.y2, p.y),
      };
  }
  return box;
};

/** Places `ids` breadth-first around their anchors; `queue` starts with the ids that already have one. */
function growFrom({
  queue,
  position,
  neighbours,
  pending,
  spacing,
}: {
  queue: string[];
  position: Map<string, Point>;
  neighbours: (id: string) => string[];
  pending: Set<string>;
  spacing: number;
}): void {
  const around = new Map<string, number>();
  for (let i = 0; i < queue.length; i++) {
    const anchor = queue[i]!;
    const base = position.get(anchor)!;
    for (const id of [...neighbours(anchor)].sort()) {
      if (!pending.has(id)) continue;
      pending.delete(id);
      const k = around.get(anchor) ?? 0;
      around.set(anchor, k + 1);
      const radius = spacing * Math.sqrt(k + 1.5);
      position.set(id, {
        x: base.x + radius * Math.cos(k * GOLDEN_ANGLE),
        y: base.y + radius * Math.sin(k * GOLDEN_ANGLE),
      });
      queue.push(id);
    }
  }
}

export function largeViewPositions({
  newIds,
  placed,
  neighbours,
  spacing = LARGE_VIEW_SPACING,
}: {
  newIds: string[];
  /** Nodes that keep their positions (already laid out). */
  placed: Map<string, Point>;
  neighbours: (id: string) => string[];
  spacing?: number;
}): Map<string, Point> {
  const pending = new Set(newIds.filter((id) => !placed.has(id)));
  const position = new Map(placed);
  // Placed nodes that touch a new one anchor it (id order, so the result does not depend on input order).
  const anchors = [...placed.keys()].filter((id) => neighbours(id).some((n) => pending.has(n))).sort();
  growFrom({ queue: anchors, position, neighbours, pending, spacing });

  // What is left forms components with no placed node: lay each out around its busiest node, then shelve it.
  const components: Map<string, Point>[] = [];
  const byDegree = [...pending].sort((a, b) => neighbours(b).length - neighbours(a).length || (a < b ? -1 : 1));
  for (const root of byDegree) {
    if (!pending.has(root)) continue;
    pending.delete(root);
    const local = new Map<string, Point>([[root, { x: 0, y: 0 }]]);
    growFrom({ queue: [root], position: local, neighbours, pending, spacing });
    components.push(local);
  }
  const placedBox = boxOf(placed.values());
  const totalArea = components.reduce((sum, c) => sum + c.size, 0) * spacing * spacing;
  const shelfWidth = Math.max(placedBox ? placedBox.x2 - placedBox.x1 : 0, Math.sqrt(totalArea) * 1.5, spacing);
  const left = placedBox ? placedBox.x1 : 0;
  let x = left;
  let y = placedBox ? placedBox.y2 + 2 * spacing : 0;
  let rowHeight = 0;
  for (const local of components) {
    const box = boxOf(local.values())!;
    const width = box.x2 - box.x1;
    if (x > left && x + width > left + shelfWidth) {
      x = left;
      y += rowHeight + 2 * spacing;
      rowHeight = 0;
    }
    for (const [id, p] of local) position.set(id, { x: x + p.x - box.x1, y: y + p.y - box.y1 });
    x += width + 2 * spacing;
    rowHeight = Math.max(rowHeight, box.y2 - box.y1);
  }
  return new Map(newIds.filter((id) => !placed.has(id)).map((id) => [id, position.get(id)!]));
}
