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
/**
 * Derived "said about" and provenance edges fan out of a few prolific speakers (the article's
 * author says something about nearly everything); longer, looser springs stop those hubs from
 * pulling every node into one knot while fact edges keep their neighbours close.
 */
const LOOSE_EDGE_TYPES = new Set(['SAID_ABOUT', 'SAID', 'ABOUT']);

interface EdgeLike {
  data: (key: string) => unknown;
}
const isLoose = (edge: EdgeLike) => LOOSE_EDGE_TYPES.has(String(edge.data('type')));

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
 * fcose draws roughly round pictures, but the canvas is wide: fitting a round picture into it
 * wastes the sides and zooms labels down. Stretching the layout horizontally (never more than
 * maxStretch, never squeezing) lets the fit zoom in further, so labels stay readable.
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
  const factor = Math.min(maxStretch, targetAspect / (width / height));
  if (factor <= 1) return positions;
  const centre = (Math.max(...xs) + Math.min(...xs)) / 2;
  return new Map([...positions].map(([id, p]) => [id, { x: centre + (p.x - centre) * factor, y: p.y }]));
}
