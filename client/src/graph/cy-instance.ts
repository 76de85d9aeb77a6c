/**
 * Creating (and disposing of) GraphCanvas's Cytoscape instance: extensions, the renderer settings
 * layout-for-size.ts chose, the stylesheet, the listeners and the resize observer. Renderer settings
 * (texture on viewport, hidden edges/labels while moving, pixel ratio, WebGL) are read only when the
 * instance is created, so a view that crosses a size bound gets a new instance with the same elements.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import layoutUtilities from 'cytoscape-layout-utilities';
import { layoutUtilitiesOf } from './canvas-elements';
import { graphStylesheet } from './cytoscape-stylesheet';
import { IDEAL_EDGE_LENGTH } from './layout-options';
import { LARGE_VIEW_STYLE, layoutForSize, type RendererChoice, type SizeChoice } from './layout-for-size';
import { placePathLabels } from './path-labels';
import { applyReadableLabels } from './readable-view';
import { detectWebgl } from './webgl-support';

declare global {
  interface Window {
    whosaid?: { cy: Core };
  }
}

let extensionsRegistered = false;
function ensureExtensions() {
  if (!extensionsRegistered) {
    cytoscape.use(fcose);
    cytoscape.use(layoutUtilities);
    extensionsRegistered = true;
  }
}

let gpu: boolean | undefined;
/**
 * The per-size choice for what is shown. WebGL is probed once per page and only when a view is large
 * enough for it to matter (the probe creates a GL context; small views never need one).
 */
export function sizeChoiceFor({
  nodeCount,
  edgeCount,
  headless,
}: {
  nodeCount: number;
  edgeCount: number;
  headless: boolean;
}): SizeChoice {
  const choice = layoutForSize({ nodeCount, edgeCount });
  if (headless || choice.layout.kind !== 'preset') return choice;
  gpu ??= detectWebgl({ createCanvas: () => document.createElement('canvas') }).kind === 'gpu';
  return gpu ? layoutForSize({ nodeCount, edgeCount, gpu }) : choice;
}

/** Cytoscape's renderer options for a choice; the detailed view keeps Cytoscape's defaults untouched. */
function rendererOptions({ renderer }: { renderer: RendererChoice }) {
  if (renderer.kind === 'detailed') return {};
  return {
    textureOnViewport: renderer.textureOnViewport,
    hideEdgesOnViewport: renderer.hideEdgesOnViewport,
    hideLabelsOnViewport: renderer.hideLabelsOnViewport,
    motionBlur: renderer.motionBlur,
    ...(renderer.pixelRatio === 1 ? { pixelRatio: 1 } : {}),
    renderer: { name: 'canvas', webgl: renderer.webgl },
  };
}

export interface CanvasHandlers {
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onClearSelection: () => void;
  onExpand: (id: string) => void;
}

const RENDERER_KEY = 'whosaid:renderer';
/**
 * Whether `cy` was created for a view above the detailed bound (layout-for-size.ts). Such a view is fitted
 * whole (sized-layout.ts' fitLargeView), never zoomed in to where labels read: at that zoom it shows a
 * fraction of itself.
 */
export const isLargeView = (cy: Core) => (cy.scratch(RENDERER_KEY) ?? 'detailed') !== 'detailed';

export interface MountedCy {
  cy: Core;
  renderer: RendererChoice;
  dispose: () => void;
}

export function mountCytoscape({
  container,
  headless,
  renderer,
  elements,
  handlers,
  onResize,
  userMoved,
}: {
  container: HTMLDivElement | null;
  headless: boolean;
  renderer: RendererChoice;
  /** The previous instance's elements (positions, classes, selection) when the renderer changes. */
  elements?: ElementDefinition[];
  /** Read at event time: the component's latest props. */
  handlers: () => CanvasHandlers;
  /** Called after the canvas changed size (the component refits while the reader has not moved the view). */
  onResize: (cy: Core) => void;
  /** Set once the reader wheels or drags on the canvas. */
  userMoved: { current: boolean };
}): MountedCy {
  ensureExtensions();
  const cy = cytoscape({
    container: headless ? undefined : container,
    headless,
    styleEnabled: true,
    style: renderer.lightStyle ? [...graphStylesheet(), ...LARGE_VIEW_STYLE] : graphStylesheet(),
    minZoom: 0.15,
    maxZoom: 3,
    selectionType: 'single',
    ...(elements ? { elements, layout: { name: 'preset' } } : {}),
    ...(headless ? {} : rendererOptions({ renderer })),
  } as cytoscape.CytoscapeOptions);
  cy.scratch(RENDERER_KEY, renderer.kind);
  // Used by placeNewNodes (expansions) and by fcose's packComponents (separate islands).
  layoutUtilitiesOf(cy)({ idealEdgeLength: IDEAL_EDGE_LENGTH, offset: 20, componentSpacing: 80 });
  window.whosaid = { cy };
  cy.on('tap', 'node', (evt) => handlers().onSelectNode(evt.target.id()));
  cy.on('tap', 'edge', (evt) => handlers().onSelectEdge(evt.target.id()));
  cy.on('tap', (evt) => {
    if (evt.target === cy) handlers().onClearSelection();
  });
  cy.on('dbltap', 'node', (evt) => handlers().onExpand(evt.target.id()));
  // Labels keep a readable size on screen as the zoom changes (once per frame at most).
  let labelFrame = 0;
  cy.on('zoom', () => {
    if (labelFrame || typeof requestAnimationFrame !== 'function') return;
    labelFrame = requestAnimationFrame(() => {
      labelFrame = 0;
      // Node labels grew or shrank: a drawn path's edge labels are placed clear of them again.
      if (!cy.destroyed() && applyReadableLabels({ cy })) placePathLabels({ cy });
    });
  });
  cy.on('mouseover', 'edge', (evt) => evt.target.addClass('hover'));
  cy.on('mouseout', 'edge', (evt) => evt.target.removeClass('hover'));
  // The container changes size with the window and the panels (the legend appears once the
  // graph is loaded); cytoscape must be told, and the component refits until the reader moves the view.
  const markMoved = () => {
    userMoved.current = true;
  };
  container?.addEventListener('wheel', markMoved, { passive: true });
  container?.addEventListener('pointerdown', markMoved);
  const resizeObserver =
    typeof ResizeObserver === 'undefined' || !container
      ? null
      : new ResizeObserver(() => {
          cy.resize();
          onResize(cy);
        });
  if (resizeObserver && container) resizeObserver.observe(container);
  return {
    cy,
    renderer,
    dispose: () => {
      resizeObserver?.disconnect();
      container?.removeEventListener('wheel', markMoved);
      container?.removeEventListener('pointerdown', markMoved);
      cy.destroy();
      if (window.whosaid?.cy === cy) delete window.whosaid;
    },
  };
}
