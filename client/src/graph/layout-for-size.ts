/**
 * Which layout and which renderer settings a graph of a given size gets. Measured (bench/browser): fcose
 * in proof quality took 2.3 s for 500 nodes and 72 s for 2,000, and full-quality redraws while panning
 * fell to 15 FPS at 5,000 nodes. So the choice depends on the visible size:
 *   - small views keep the careful picture (fcose proof, animated, labels always drawn);
 *   - medium views get fcose draft (spectral placement plus a short force pass) and hide labels while
 *     the viewport moves;
 *   - large views are placed without a force layout (`preset`: the deterministic spiral/neighbour
 *     positions of layout-options.ts, linear time) and pan/zoom on a cached texture without edges.
 * Pure, so the explorer (GraphCanvas) and the browser benchmark make the very same choice.
 */

/** Up to this many nodes the full-quality force layout stays well under a second. */
export const DETAILED_MAX_NODES = 300;
/** Up to this many nodes a draft force layout stays under a few seconds; beyond it, preset placement. */
export const DRAFT_MAX_NODES = 1500;

export type LayoutChoice =
  | { kind: 'fcose-proof'; animate: boolean }
  | { kind: 'fcose-draft'; animate: false; numIter: number }
  | { kind: 'preset' };

/** Cytoscape core options for drawing (https://js.cytoscape.org/#core/initialisation). */
export interface RendererChoice {
  kind: 'detailed' | 'fast-viewport' | 'texture-viewport';
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  hideLabelsOnViewport: boolean;
  motionBlur: boolean;
  /** 'auto' = the screen's ratio; 1 halves the pixels to fill on high-DPI screens. */
  pixelRatio: 'auto' | 1;
}

export interface SizeChoice {
  layout: LayoutChoice;
  renderer: RendererChoice;
}

export function layoutForSize({ nodeCount, edgeCount }: { nodeCount: number; edgeCount: number }): SizeChoice {
  if (!Number.isFinite(nodeCount) || nodeCount < 0) throw new Error(`layoutForSize: nodeCount must be >= 0, got ${nodeCount}`);
  // Dense graphs cost the force layout and the renderer like bigger sparse ones: weigh edges in.
  const weight = nodeCount + Math.max(0, edgeCount - 2 * nodeCount) / 2;
  if (weight <= DETAILED_MAX_NODES) {
    return {
      layout: { kind: 'fcose-proof', animate: true },
      renderer: { kind: 'detailed', textureOnViewport: false, hideEdgesOnViewport: false, hideLabelsOnViewport: false, motionBlur: false, pixelRatio: 'auto' },
    };
  }
  if (weight <= DRAFT_MAX_NODES) {
    return {
      layout: { kind: 'fcose-draft', animate: false, numIter: 1000 },
      renderer: { kind: 'fast-viewport', textureOnViewport: false, hideEdgesOnViewport: false, hideLabelsOnViewport: true, motionBlur: false, pixelRatio: 'auto' },
    };
  }
  return {
    layout: { kind: 'preset' },
    renderer: { kind: 'texture-viewport', textureOnViewport: true, hideEdgesOnViewport: true, hideLabelsOnViewport: true, motionBlur: false, pixelRatio: 1 },
  };
}
