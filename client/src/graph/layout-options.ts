/**
 * fcose options and deterministic starting positions. fcose's spectral start is random, so we
 * place nodes ourselves (a spiral in id order, new nodes next to a placed neighbour) and run it
 * with randomize: false — the same graph then always gets the same picture.
 */
export interface Point {
  x: number;
  y: number;
}

/**
 * Tuned on the article graph (50 entities in a ~900x450 canvas): with labels counted in the
 * node sizes these keep 16px labels apart while the fit still zooms to ~0.6, where they read.
 */
export const IDEAL_EDGE_LENGTH = 70;
export const NODE_REPULSION = 4500;
/** Closest two node centres may be after the first layout (a node plus a line of label). */
export const MIN_NODE_DISTANCE = 70;
/**
 * Derived "said about" and provenance edges fan out of a few prolific speakers (the article's
 * author says something about nearly everything); longer, looser springs stop those hubs from
 * pulling every node into one knot while fact edges keep their neighbours close.
 */
const LOOSE_EDGE_TYPES = new Set(['SAID_ABOUT', 'SAID', 'ABOUT']);

interface EdgeLike {
  data: (key: string) => unknown;
}
export const isLooseEdgeType = (type: string) => LOOSE_EDGE_TYPES.has(type);
const isLoose = (edge: EdgeLike) => isLooseEdgeType(String(edge.data('type')));

export function fcoseLayoutOptions({ nodeCount, animate }: { nodeCount: number; animate: boolean }) {
  return {
    name: 'fcose',
    randomize: false,
    quality: nodeCount > 400 ? 'default' : 'proof',
    animate,
    animationDuration: 400,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    nodeSeparation: 60,
    idealEdgeLength: (edge: EdgeLike) => (isLoose(edge) ? IDEAL_EDGE_LENGTH * 1.3 : IDEAL_EDGE_LENGTH),
    nodeRepulsion: () => NODE_REPULSION,
    edgeElasticity: (edge: EdgeLike) => (isLoose(edge) ? 0.1 : 0.45),
    gravity: 0.4,
    gravityRange: 3.8,
    numIter: 2500,
    tile: true,
    tilingPaddingVertical: 20,
    tilingPaddingHorizontal: 20,
  } as const;
}

/** Golden-angle spiral: evenly spread, no two points equal, deterministic by index. */
export function spiralPosition({ index }: { index: number }): Point {
  const angle = index * 2.399963229728653;
  const radius = 60 * Math.sqrt(index + 1);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * Starting positions for nodes that have none yet: next to an already placed neighbour when
 * there is one (so an expansion grows out of the node that was expanded), else on the spiral.
 */
export function startingPositions({
  newIds,
  placed,
  neighbours,
}: {
  newIds: string[];
  placed: Map<string, Point>;
  neighbours: (id: string) => string[];
}): Map<string, Point> {
  const result = new Map<string, Point>();
  const sorted = [...newIds].sort();
  let spiralIndex = placed.size;
  const aroundCount = new Map<string, number>();
  for (const id of sorted) {
    const anchor = neighbours(id).find((n) => placed.has(n) || result.has(n));
    if (anchor) {
      const base = placed.get(anchor) ?? result.get(anchor)!;
      const k = aroundCount.get(anchor) ?? 0;
      aroundCount.set(anchor, k + 1);
      const angle = k * 2.399963229728653;
      const radius = 80 + 12 * k;
      result.set(id, { x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle) });
    } else {
      result.set(id, spiralPosition({ index: spiralIndex++ }));
    }
  }
  return result;
}

/**
 * fcose draws roughly round pictures, but canvases are wide (desktop) or tall (phone): fitting
 * a round picture wastes the sides and zooms labels down. Stretching the layout along the
 * canvas's long side (never more than maxStretch, never squeezing) lets the fit zoom in further.
 */
export function stretchToAspect({
  positions,
  targetAspect,
  maxStretch = 1.8,
}: {
  positions: Map<string, Point>;
  targetAspect: number;
  maxStretch?: number;
}): Map<string, Point> {
  if (positions.size < 2 || !Number.isFinite(targetAspect) || targetAspect <= 0) return positions;
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  if (width <= 0 || height <= 0) return positions;
  const ratio = targetAspect / (width / height);
  // ratio > 1: the canvas is wider than the picture (stretch x); < 1: taller (stretch y).
  const factor = Math.min(maxStretch, ratio >= 1 ? ratio : 1 / ratio);
  if (factor <= 1) return positions;
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  return new Map(
    [...positions].map(([id, p]) => [
      id,
      ratio >= 1 ? { x: cx + (p.x - cx) * factor, y: p.y } : { x: p.x, y: cy + (p.y - cy) * factor },
    ]),
  );
}

/**
 * fcose can leave a few nodes nearly on top of each other around busy hubs. A few rounds of
 * pairwise pushing (deterministic: fixed order, no randomness) move any two nodes closer than
 * minDistance apart along the line joining them. Quadratic, so only for modest node counts.
 */
export function separateOverlaps({
  positions,
  minDistance,
  rounds = 30,
  maxNodes = 400,
}: {
  positions: Map<string, Point>;
  minDistance: number;
  rounds?: number;
  maxNodes?: number;
}): Map<string, Point> {
  if (positions.size > maxNodes) return positions;
  const ids = [...positions.keys()].sort();
  const pts = ids.map((id) => ({ ...positions.get(id)! }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < pts.length; i++) {
      for (let j = i + 1; j < pts.length; j++) {
        let dx = pts[j].x - pts[i].x;
        let dy = pts[j].y - pts[i].y;
        let distance = Math.hypot(dx, dy);
        if (distance >= minDistance) continue;
        if (distance === 0) {
          // Same spot: separate along a direction derived from the pair's indices.
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
          distance = 1;
        }
        const push = (minDistance - distance) / 2;
        const ux = dx / distance;
        const uy = dy / distance;
        pts[i].x -= ux * push;
        pts[i].y -= uy * push;
        pts[j].x += ux * push;
        pts[j].y += uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(ids.map((id, k) => [id, pts[k]]));
}
