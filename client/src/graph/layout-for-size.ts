/**
 * Which layout and which renderer settings a graph of a given size gets. Measured (bench/browser): fcose
 * in proof quality took 2.3 s for 500 nodes and 72 s for 2,000, and full-quality redraws while panning
 * fell to 15 FPS at 5,000 nodes. So the choice depends on the visible size:
 *   - small views keep the careful picture (fcose proof, animated, labels always drawn);
 *   - medium views are drawn at once on their starting positions (layout-options.ts' neighbour-anchored
 *     spiral), then refined by a short fcose pass from there (incremental placement: fcose's repulsion
 *     costs seconds at 500 nodes on a slow machine, measured in bench/browser, so it must not delay the
 *     first picture), and hide labels while the viewport moves;
 *   - large views are placed without a force layout (`preset`: the deterministic spiral/neighbour
 *     positions of layout-options.ts, linear time) and pan/zoom on a cached texture without edges;
 *     where a GPU draws WebGL (webgl-support.ts, detected at run time) they get Cytoscape's WebGL
 *     renderer instead, which redraws every frame fully and fast enough to keep edges and labels.
 * Pure, so the explorer (GraphCanvas) and the browser benchmark make the very same choice.
 */

/** Up to this many nodes the full-quality force layout stays well under a second. */
export const DETAILED_MAX_NODES = 300;
/** Up to this many nodes a draft force layout stays under a few seconds; beyond it, preset placement. */
export const DRAFT_MAX_NODES = 1500;

export type LayoutChoice =
  | { kind: 'fcose-proof'; animate: boolean }
  /** Draw on the starting positions first, then refine with fcose (quality 'default', randomize: false). */
  | { kind: 'fcose-draft'; animate: true; numIter: number; drawStartFirst: true }
  | { kind: 'preset' };

/** Cytoscape core options for drawing (https://js.cytoscape.org/#core/initialisation). */
export interface RendererChoice {
  kind: 'detailed' | 'fast-viewport' | 'texture-viewport' | 'webgl';
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  hideLabelsOnViewport: boolean;
  motionBlur: boolean;
  /** 'auto' = the screen's ratio; 1 halves the pixels to fill on high-DPI screens. */
  pixelRatio: 'auto' | 1;
  /** Cytoscape 3.31+ `renderer: { name: 'canvas', webgl: true }`: only for large views on a GPU. */
  webgl: boolean;
  /** Append LARGE_VIEW_STYLE to the stylesheet (cheaper labels and edges). */
  lightStyle: boolean;
}

/**
 * Appended to the stylesheet for large views. Measured in bench/browser at 5,000 nodes: ellipsis
 * wrapping and label backgrounds cost about half of creating the instance, labels too small to read
 * still cost the first draw, and bezier edges compute control points for every parallel pair.
 */
export const LARGE_VIEW_STYLE = [
  { selector: 'node', style: { 'text-wrap': 'none', 'text-background-opacity': 0, 'min-zoomed-font-size': 10 } },
  { selector: 'edge', style: { 'curve-style': 'straight', 'arrow-scale': 0.6 } },
] as const;

export interface SizeChoice {
  layout: LayoutChoice;
  renderer: RendererChoice;
}

export function layoutForSize({
  nodeCount,
  edgeCount,
  gpu = false,
}: {
  nodeCount: number;
  edgeCount: number;
  /** A GPU draws WebGL here (webgl-support.ts: detectWebgl(...).kind === 'gpu'). */
  gpu?: boolean;
}): SizeChoice {
  if (!Number.isFinite(nodeCount) || nodeCount < 0)
    throw new Error(`layoutForSize: nodeCount must be >= 0, got ${nodeCount}`);
  // Dense graphs cost the force layout and the renderer like bigger sparse ones: weigh edges in.
  const weight = nodeCount + Math.max(0, edgeCount - 2 * nodeCount) / 2;
  if (weight <= DETAILED_MAX_NODES) {
    return {
      layout: { kind: 'fcose-proof', animate: true },
      renderer: {
        kind: 'detailed',
        textureOnViewport: false,
        hideEdgesOnViewport: false,
        hideLabelsOnViewport: false,
        motionBlur: false,
        pixelRatio: 'auto',
        webgl: false,
        lightStyle: false,
      },
    };
  }
  if (weight <= DRAFT_MAX_NODES) {
    return {
      layout: { kind: 'fcose-draft', animate: true, numIter: 1000, drawStartFirst: true },
      renderer: {
        kind: 'fast-viewport',
        textureOnViewport: false,
        hideEdgesOnViewport: false,
        hideLabelsOnViewport: true,
        motionBlur: false,
        pixelRatio: 'auto',
        webgl: false,
        lightStyle: false,
      },
    };
  }
  if (gpu) {
    return {
      layout: { kind: 'preset' },
      renderer: {
        kind: 'webgl',
        textureOnViewport: false,
        hideEdgesOnViewport: false,
        hideLabelsOnViewport: true,
        motionBlur: false,
        pixelRatio: 1,
        webgl: true,
        lightStyle: true,
      },
    };
  }
  return {
    layout: { kind: 'preset' },
    renderer: {
      kind: 'texture-viewport',
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      hideLabelsOnViewport: true,
      motionBlur: false,
      pixelRatio: 1,
      webgl: false,
      lightStyle: true,
    },
  };
}
