/**
 * Positions for views too large for the careful force layout (layout-for-size.ts' `fcose-draft` start
 * and `preset` placement). Why not layout-options.ts' startingPositions: it rings a node's neighbours at
 * radius 80 + 12k, fine for the article's few neighbours, but a hub with 1,700 neighbours (one "Expand
 * more") then spans 40,000 units, which no fit above the minimum zoom shows. Here:
 *   - the k-th node placed around an anchor sits on a sunflower (Vogel) spiral, radius spacing × √(k+1.5):
 *     the area grows with the node count, so a hub's neighbours form a disc, evenly spaced, never stacked;
 *     spiral points too close to a node already there are skipped (growFrom);
 *   - nodes reach their anchor breadth-first from the placed ones (an expansion grows out of the nodes it
 *     touches; nothing already placed moves), and a component with no placed node starts from its busiest
 *     node (ties by id);
 *   - new components are packed on shelves below what is placed, so islands never pile up at the centre.
 * About linear in nodes + edges (a skipped point costs a grid lookup) and deterministic (id order, no randomness):
 * a link shows the same picture.
 * Pure (plain data in, plain data out), so it is unit-tested without a browser.
 */
import type { Point } from './layout-options';

/** Golden angle (radians): successive sunflower points never line up. */
const GOLDEN_ANGLE = 2.399963229728653;
/**
 * Distance scale of the spiral: its closest points are ≈ 1.64 × this apart, a 30-unit node plus a little
 * room. Tight on purpose: a 1,750-node disc is then ≈ 2,100 units across, which a 460-pixel-high canvas
 * shows whole above the small view's minimum zoom (0.15).
 */
export const LARGE_VIEW_SPACING = 25;

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

/**
 * Where nodes already sit, bucketed by cells of `clearance`, to tell in constant time whether a point
 * keeps that distance from all of them.
 */
function occupancy({ clearance, points }: { clearance: number; points: Iterable<Point> }) {
  const cells = new Map<string, Point[]>();
  const cellOf = (p: Point) => [Math.floor(p.x / clearance), Math.floor(p.y / clearance)] as const;
  const add = (p: Point) => {
    const [cx, cy] = cellOf(p);
    const key = `${cx},${cy}`;
    const bucket = cells.get(key);
    if (bucket) bucket.push(p);
    else cells.set(key, [p]);
  };
  const isFree = (p: Point) => {
    const [cx, cy] = cellOf(p);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of cells.get(`${cx + dx},${cy + dy}`) ?? [])
          if (Math.hypot(q.x - p.x, q.y - p.y) < clearance) return false;
    return true;
  };
  for (const p of points) add(p);
  return { add, isFree };
}

/**
 * Places `ids` breadth-first around their anchors; `queue` starts with the ids that already have one.
 * A spiral point too close to a node that is already there (an earlier layout placed the anchor's first
 * neighbours, or another anchor's spiral reached this far) is skipped for the next one, so an expansion
 * fills the gaps around what is drawn instead of landing on it.
 */
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
  // Below the spiral's own closest pair (≈ 1.64 × spacing), so a lone spiral never skips a point.
  const occupied = occupancy({ clearance: spacing * 1.5, points: position.values() });
  const around = new Map<string, number>();
  for (let i = 0; i < queue.length; i++) {
    const anchor = queue[i]!;
    const base = position.get(anchor)!;
    for (const id of [...neighbours(anchor)].sort()) {
      if (!pending.has(id)) continue;
      pending.delete(id);
      let k = around.get(anchor) ?? 0;
      let point: Point;
      do {
        const radius = spacing * Math.sqrt(k + 1.5);
        point = { x: base.x + radius * Math.cos(k * GOLDEN_ANGLE), y: base.y + radius * Math.sin(k * GOLDEN_ANGLE) };
        k++;
      } while (!occupied.isFree(point));
      around.set(anchor, k);
      position.set(id, point);
      occupied.add(point);
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

/**
 * Moves apart nodes closer than `clearance` (centre to centre): in id order, a node keeps its place when it
 * is clear of the ones kept before it, else it takes the first clear point of a sunflower spiral around
 * where it was. The short fcose pass of a draft (sized-layout.ts) packs a hub's hundreds of neighbours into
 * a crowded ring — its repulsion cannot beat that many edges of the same ideal length in 1,000 iterations —
 * and this undoes the pile-up while keeping the rest of its picture. About linear (grid lookups).
 */
export function spreadApart({
  positions,
  spacing = LARGE_VIEW_SPACING,
}: {
  positions: Map<string, Point>;
  spacing?: number;
}): Map<string, Point> {
  const occupied = occupancy({ clearance: spacing * 1.5, points: [] });
  const result = new Map<string, Point>();
  for (const id of [...positions.keys()].sort()) {
    const base = positions.get(id)!;
    let point = base;
    for (let k = 0; !occupied.isFree(point); k++) {
      const radius = spacing * Math.sqrt(k + 1.5);
      point = { x: base.x + radius * Math.cos(k * GOLDEN_ANGLE), y: base.y + radius * Math.sin(k * GOLDEN_ANGLE) };
    }
    occupied.add(point);
    result.set(id, point);
  }
  return result;
}
