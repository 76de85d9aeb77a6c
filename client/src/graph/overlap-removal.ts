/**
 * Readability pass after fcose. fcose treats a node and its label as one box only roughly, so
 * busy pictures keep labels on top of each other and nodes parked on unrelated lines (a node
 * sitting on an edge's midpoint reads as if that edge went through it). This pass moves nodes,
 * never edges, until
 *   1. no two label-inclusive boxes overlap (with a small gap), and
 *   2. no node's body lies on an edge it is not an end of.
 * Pure and deterministic (fixed order, no randomness), in model coordinates: labels scale with
 * the zoom, so boxes apart here are apart at every zoom.
 */
import type { Point } from './layout-options';

/** A node's extent relative to its position (label included): x1/y1 are negative or zero. */
export interface NodeExtent {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  /** Half the body's size: how close a foreign edge may come to the centre before it touches. */
  radius: number;
}

export interface Segment {
  from: string;
  to: string;
  /** How bad a node on this line is (default 1); solid fact lines matter more than dashed hints. */
  weight?: number;
}

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

const boxAt = (p: Point, e: NodeExtent, gap: number): Box => ({
  x1: p.x + e.x1 - gap / 2,
  x2: p.x + e.x2 + gap / 2,
  y1: p.y + e.y1 - gap / 2,
  y2: p.y + e.y2 + gap / 2,
});

/** Overlap of two boxes along x and y (both > 0 means they overlap). */
function overlap(a: Box, b: Box): { x: number; y: number } {
  return { x: Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1), y: Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) };
}

/** Pushes every overlapping pair apart along the axis that needs the shorter move; true if any moved. */
function separateBoxes({
  ids,
  pts,
  extents,
  gap,
}: {
  ids: string[];
  pts: Point[];
  extents: NodeExtent[];
  gap: number;
}) {
  let moved = false;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const o = overlap(boxAt(pts[i], extents[i], gap), boxAt(pts[j], extents[j], gap));
      if (o.x <= 0 || o.y <= 0) continue;
      // Box centres, not positions: labels hang below the node, so the boxes are off-centre.
      const ci = {
        x: pts[i].x + (extents[i].x1 + extents[i].x2) / 2,
        y: pts[i].y + (extents[i].y1 + extents[i].y2) / 2,
      };
      const cj = {
        x: pts[j].x + (extents[j].x1 + extents[j].x2) / 2,
        y: pts[j].y + (extents[j].y1 + extents[j].y2) / 2,
      };
      // A little extra so pairs do not land exactly touching and re-trigger on rounding.
      if (o.x <= o.y) {
        const sign = cj.x > ci.x || (cj.x === ci.x && i % 2 === 0) ? 1 : -1;
        const push = (o.x + 0.5) / 2;
        pts[i].x -= sign * push;
        pts[j].x += sign * push;
      } else {
        const sign = cj.y > ci.y || (cj.y === ci.y && i % 2 === 0) ? 1 : -1;
        const push = (o.y + 0.5) / 2;
        pts[i].y -= sign * push;
        pts[j].y += sign * push;
      }
      moved = true;
    }
  }
  return moved;
}

/** Distance from p to the segment a-b when p projects onto its middle part, else Infinity. */
function distanceToMiddle(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return Infinity;
  const t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2;
  // Near the ends the edge is hidden under its own end nodes anyway.
  if (t <= 0.05 || t >= 0.95) return Infinity;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

interface Scene {
  ids: string[];
  pts: Point[];
  extents: NodeExtent[];
  /** Edges as index pairs with their weights, and each node's incident edges. */
  edges: [number, number][];
  weights: number[];
  incident: number[][];
  gap: number;
  clearance: number;
}

/**
 * How many readability rules node n breaks when placed at p: label boxes it overlaps, foreign
 * edges through its body, and other nodes that its own edges would run through.
 */
function conflictsAt({ scene, n, p, limit = Infinity }: { scene: Scene; n: number; p: Point; limit?: number }): number {
  const { pts, extents, edges, weights, incident, gap, clearance } = scene;
  let count = 0;
  // Counting stops at `limit`: a candidate that is no better than the best so far is dropped.
  const mine = boxAt(p, extents[n], gap);
  for (let m = 0; m < pts.length; m++) {
    if (m === n) continue;
    const o = overlap(mine, boxAt(pts[m], extents[m], gap));
    // Overlapping labels are worse than a grazed line: never trade one for the other.
    if (o.x > 0 && o.y > 0 && (count += BOX_WEIGHT) >= limit) return count;
  }
  for (let e = 0; e < edges.length; e++) {
    const [a, b] = edges[e];
    if (a === n || b === n) continue;
    if (distanceToMiddle(p, pts[a], pts[b]) < extents[n].radius + clearance && (count += weights[e]) >= limit)
      return count;
  }
  for (const e of incident[n]) {
    const [a, b] = edges[e];
    const other = a === n ? pts[b] : pts[a];
    for (let m = 0; m < pts.length; m++) {
      if (m === a || m === b) continue;
      if (distanceToMiddle(pts[m], p, other) < extents[m].radius + clearance && (count += scene.weights[e]) >= limit) {
        return count;
      }
    }
  }
  return count;
}

/** Whether node n's own box overlaps another or its body lies on a foreign edge. */
function sitsOnSomething({ scene, n }: { scene: Scene; n: number }): boolean {
  const { pts, extents, edges, gap, clearance } = scene;
  const mine = boxAt(pts[n], extents[n], gap);
  for (let m = 0; m < pts.length; m++) {
    if (m === n) continue;
    const o = overlap(mine, boxAt(pts[m], extents[m], gap));
    if (o.x > 0 && o.y > 0) return true;
  }
  return edges.some(
    ([a, b]) => a !== n && b !== n && distanceToMiddle(pts[n], pts[a], pts[b]) < extents[n].radius + clearance,
  );
}

/** Heavier than any line, so no move ever trades a line for overlapping labels. */
const BOX_WEIGHT = 7;
const RING_STEP = 14;
const ANGLES = 16;

/**
 * Moves each node that breaks a rule to the nearest free spot on rings around it (or, when no
 * spot is free, to the one breaking fewest rules). Greedy, node by node in id order.
 */
function relocate({ scene, who, rings }: { scene: Scene; who: 'offenders' | 'all'; rings: number }): boolean {
  let moved = false;
  // Nodes with few edges first: moving a leaf disturbs little, moving a hub drags many lines.
  const order = scene.pts.map((_, n) => n).sort((a, b) => scene.incident[a].length - scene.incident[b].length || a - b);
  for (const n of order) {
    const here = scene.pts[n];
    // First the nodes that sit on something themselves; an edge's ends move only if that fails.
    if (who === 'offenders' && !sitsOnSomething({ scene, n })) continue;
    let best = conflictsAt({ scene, n, p: here });
    if (best === 0) continue;
    let bestPoint: Point | null = null;
    search: for (let ring = 1; ring <= rings; ring++) {
      for (let k = 0; k < ANGLES; k++) {
        const angle = (k * 2 * Math.PI) / ANGLES + (ring % 2) * (Math.PI / ANGLES);
        const p = { x: here.x + ring * RING_STEP * Math.cos(angle), y: here.y + ring * RING_STEP * Math.sin(angle) };
        const c = conflictsAt({ scene, n, p, limit: best });
        if (c < best) {
          best = c;
          bestPoint = p;
          if (c === 0) break search;
        }
      }
    }
    if (bestPoint) {
      scene.pts[n] = bestPoint;
      moved = true;
    }
  }
  return moved;
}

export function removeOverlaps({
  positions,
  extents,
  segments,
  gap = 6,
  clearance = 4,
  passes = 6,
  rings = 10,
  maxNodes = 400,
  maxRelocatedNodes = 150,
}: {
  positions: Map<string, Point>;
  extents: Map<string, NodeExtent>;
  segments: Segment[];
  /** Space kept between two label boxes. */
  gap?: number;
  /** Space kept between a node's body and a foreign edge. */
  clearance?: number;
  passes?: number;
  /** How far (in rings of RING_STEP) a node may be moved to a free spot. */
  rings?: number;
  /** Quadratic in the node count; bigger pictures keep fcose's result. */
  maxNodes?: number;
  /**
   * Relocation scores each candidate spot against every node and edge; past this many nodes
   * only the label boxes are separated (a big expanded picture is read zoomed in anyway).
   */
  maxRelocatedNodes?: number;
}): Map<string, Point> {
  if (positions.size < 2 || positions.size > maxNodes) return positions;
  const ids = [...positions.keys()].sort();
  const index = new Map(ids.map((id, k) => [id, k]));
  const pts = ids.map((id) => ({ ...positions.get(id)! }));
  const extents_ = ids.map((id) => extents.get(id) ?? { x1: -15, x2: 15, y1: -15, y2: 15, radius: 15 });
  // Labels first: cheap pairwise pushing settles most of the picture.
  for (let k = 0; k < 200 && separateBoxes({ ids, pts, extents: extents_, gap }); k++);
  const edges: [number, number][] = [];
  const weights: number[] = [];
  const incident: number[][] = ids.map(() => []);
  for (const segment of segments) {
    const a = index.get(segment.from);
    const b = index.get(segment.to);
    if (a === undefined || b === undefined || a === b) continue;
    incident[a].push(edges.length);
    incident[b].push(edges.length);
    edges.push([a, b]);
    weights.push(segment.weight ?? 1);
  }
  const scene: Scene = { ids, pts, extents: extents_, edges, weights, incident, gap, clearance };
  const relocating = ids.length <= maxRelocatedNodes;
  for (let pass = 0; relocating && pass < passes && relocate({ scene, who: 'offenders', rings }); pass++);
  for (let pass = 0; relocating && pass < passes && relocate({ scene, who: 'all', rings }); pass++);
  // Labels apart is the rule the browser suite holds the picture to; settle it last.
  for (let k = 0; k < 200 && separateBoxes({ ids, pts: scene.pts, extents: extents_, gap }); k++);
  return new Map(ids.map((id, k) => [id, scene.pts[k]]));
}

/** The overlapping pairs (for tests and for the browser suite's readability check). */
export function overlappingPairs({
  positions,
  extents,
}: {
  positions: Map<string, Point>;
  extents: Map<string, NodeExtent>;
}): [string, string][] {
  const ids = [...positions.keys()].sort();
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const o = overlap(
        boxAt(positions.get(ids[i])!, extents.get(ids[i])!, 0),
        boxAt(positions.get(ids[j])!, extents.get(ids[j])!, 0),
      );
      if (o.x > 0 && o.y > 0) pairs.push([ids[i], ids[j]]);
    }
  }
  return pairs;
}
