/**
 * fcose options and deterministic starting positions. fcose's spectral start is random, so we
 * place nodes ourselves (a spiral in id order, new nodes next to a placed neighbour) and run it
 * with randomize: false — the same graph then always gets the same picture.
 */
export interface Point {
  x: number;
  y: number;
}

/** Spacing tuned so 12px labels of ~20 characters don't collide at the default zoom. */
export const IDEAL_EDGE_LENGTH = 150;
export const NODE_REPULSION = 60000;
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
    nodeSeparation: 120,
    idealEdgeLength: (edge: EdgeLike) => (isLoose(edge) ? IDEAL_EDGE_LENGTH * 1.6 : IDEAL_EDGE_LENGTH),
    nodeRepulsion: () => NODE_REPULSION,
    edgeElasticity: (edge: EdgeLike) => (isLoose(edge) ? 0.1 : 0.45),
    gravity: 0.25,
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
