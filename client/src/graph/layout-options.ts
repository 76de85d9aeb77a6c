/**
 * fcose options and the first layout's starting positions. fcose does the spreading (labels
 * counted in node sizes, a repulsion strong enough that few label boxes still touch);
 * cytoscape-layout-utilities places the nodes an expansion adds (see GraphCanvas). What stays
 * here is what no library does for us:
 * - a deterministic start for the first picture: fcose's own (spectral) start samples at
 *   random, so we place nodes on a spiral in id order and run it with randomize: false — the
 *   same article then always opens on the same picture;
 * - stretching a round picture to a wide canvas (fcose has no aspect-ratio option for one
 *   connected component; layout-utilities' desiredAspectRatio only packs separate components).
 */
export interface Point {
  x: number;
  y: number;
}

/**
 * Tuned on the article graph with tests/e2e/measure-layout.ts (50 entities in a ~900x450
 * canvas, numbers in client/README.md): 12000 pushes nodes apart far enough that the
 * readability pass has little left to do, while the fit still zooms to ~0.55-0.6 where 16px
 * labels read. Much stronger (30000+) halves the lines crossing labels again but zooms the
 * picture out below 0.5.
 */
export const IDEAL_EDGE_LENGTH = 70;
export const NODE_REPULSION = 12_000;
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
    // nodeSeparation is not set: it only spaces fcose's spectral start, which randomize: false skips.
    // packComponents (with layout-utilities registered) was measured worse on the article graph
    // (3 nodes on fact edges instead of 0, 65 labels crossed by lines instead of 52): packing
    // routes even one component through its tiling path. fcose lays islands out together instead.
    packComponents: false,
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
 * Starting positions for the first picture: in id order, next to an already placed neighbour
 * when there is one, else on the spiral. Deterministic (fcose's spectral start and
 * layout-utilities' placeNewNodes both pick at random), and measured better than a bare spiral:
 * fcose keeps neighbours together from the start (zoom 0.59 against 0.46 on the article graph).
 * Expansions use layout-utilities' placeNewNodes instead (GraphCanvas).
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
 * fcose draws roughly round pictures, but desktop canvases are wide: fitting a round picture
 * wastes the sides and zooms labels down. Stretching the layout along the canvas's long side
 * (never more than maxStretch, never squeezing) lets the fit zoom in further. GraphCanvas only
 * stretches wide canvases: a phone opens at a fixed readable zoom anyway (readable-view.ts), so
 * stretching a tall picture only pushes more of it off screen (measured: 64% → 46% of nodes in view).
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
