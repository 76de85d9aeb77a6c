/**
 * The browser benchmark's page (bundled by run-browser-bench.ts with esbuild, run in Chromium): draws a
 * synthetic graph of N nodes and 2N edges with the project's cytoscape, fcose, stylesheet, starting
 * positions and the per-size choice of client/src/graph/layout-for-size.ts, then measures
 *   - layout: from creating the Cytoscape instance to the layout's end (preset: positions + fit);
 *   - first draw: until the renderer has drawn once ('render' event) and the next frame has begun;
 *   - FPS while panning (mouse drag) and zooming (wheel), driven by DOM events dispatched once per frame,
 *     so Cytoscape takes its real gesture paths (texture on viewport, hidden edges/labels) — calling
 *     cy.pan()/cy.zoom() directly would skip them and measure full redraws instead.
 * window.whosaidBench.runCase is what the runner calls.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { ENTITY_TYPES } from '../../../domain/vocabulary';
import { graphStylesheet } from '../../../client/src/graph/cytoscape-stylesheet';
import { LARGE_VIEW_STYLE, layoutForSize, type SizeChoice } from '../../../client/src/graph/layout-for-size';
import { fcoseLayoutOptions, startingPositions } from '../../../client/src/graph/layout-options';
import { mulberry32 } from '../../../client/src/graph/seeded-random';
import { detectWebgl } from '../../../client/src/graph/webgl-support';

cytoscape.use(fcose);

export interface CaseArgs {
  nodes: number;
  /** Seconds of pan/zoom for the FPS figure (half dragging, half wheel). */
  seconds: number;
  /** 'size' = layoutForSize's choice; 'fcose-default' = what GraphCanvas does today (the "before"). */
  mode: 'size' | 'fcose-default';
  /** Exploration only: another iteration budget for the draft force pass. */
  numIter?: number;
}

export interface CaseResult {
  nodes: number;
  edges: number;
  layout: string;
  renderer: string;
  webgl: string;
  layoutMs: number;
  /** Where layoutMs went: starting positions, creating the Cytoscape instance (styles), the layout proper. */
  phasesMs: { positions: number; create: number; layout: number };
  layoutAndFirstDrawMs: number;
  /** Incremental placement: when the force pass after the first draw had finished and drawn, else null. */
  refinedMs: number | null;
  fps: number;
  /** The longest frame while panning/zooming (a stutter shows here, not in the mean). */
  worstFrameMs: number;
}

/** A small seeded generator, so every run draws the same graph. */
const seeded = (seed: number) => mulberry32(seed);

/** A connected graph (a random tree) plus random extra edges up to 2N, like an expanded neighbourhood. */
function syntheticGraph({ nodes }: { nodes: number }) {
  const random = seeded(7 + nodes);
  const ids = Array.from({ length: nodes }, (_, i) => `n${String(i).padStart(5, '0')}`);
  const pairs: [string, string][] = [];
  for (let i = 1; i < nodes; i++) pairs.push([ids[Math.floor(random() * i)], ids[i]]);
  while (pairs.length < 2 * nodes) {
    const a = Math.floor(random() * nodes);
    const b = Math.floor(random() * nodes);
    if (a !== b) pairs.push([ids[a], ids[b]]);
  }
  const neighbours = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [a, b] of pairs) {
    neighbours.get(a)!.push(b);
    neighbours.get(b)!.push(a);
  }
  return { ids, pairs, neighbours, random };
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function rendererOptions(choice: SizeChoice) {
  const r = choice.renderer;
  return {
    textureOnViewport: r.textureOnViewport,
    hideEdgesOnViewport: r.hideEdgesOnViewport,
    hideLabelsOnViewport: r.hideLabelsOnViewport,
    motionBlur: r.motionBlur,
    ...(r.pixelRatio === 1 ? { pixelRatio: 1 } : {}),
    renderer: { name: 'canvas', webgl: r.webgl },
  };
}

function fcoseRun({ cy, options }: { cy: Core; options: Record<string, unknown> }): Promise<void> {
  return new Promise<void>((resolve) => {
    const layout = cy.layout(options as never);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

/**
 * Places the graph as the choice says. Returns the layout's name and, for incremental placement, the
 * refinement to run after the first draw (so the first picture never waits for the force layout).
 */
async function runLayout({
  cy,
  choice,
  mode,
  numIterOverride,
}: {
  cy: Core;
  choice: SizeChoice;
  mode: CaseArgs['mode'];
  numIterOverride?: number;
}) {
  const nodeCount = cy.nodes().length;
  if (mode === 'fcose-default') {
    const options = fcoseLayoutOptions({ nodeCount, animate: false });
    await fcoseRun({ cy, options });
    return { name: `fcose ${options.quality} (GraphCanvas today)`, refine: null };
  }
  const layout = choice.layout;
  switch (layout.kind) {
    case 'preset':
      cy.fit(undefined, 40);
      return { name: 'preset (starting positions)', refine: null };
    case 'fcose-proof':
      await fcoseRun({ cy, options: { ...fcoseLayoutOptions({ nodeCount, animate: false }), quality: 'proof' } });
      return { name: 'fcose proof', refine: null };
    case 'fcose-draft': {
      // fcose's own 'draft' quality is its spectral start only, which randomize: false (our deterministic
      // starting positions) skips; the draft here is a short force pass from those positions instead.
      const numIter = numIterOverride ?? layout.numIter;
      cy.fit(undefined, 40);
      // Not animated here: the bench times the pass itself; the explorer would animate it (layout.animate).
      const refine = () =>
        fcoseRun({
          cy,
          options: { ...fcoseLayoutOptions({ nodeCount, animate: false }), quality: 'default', numIter },
        });
      return { name: `start positions, then fcose ${numIter} iterations`, refine };
    }
    default: {
      const never: never = layout;
      throw new Error(`unknown layout ${JSON.stringify(never)}`);
    }
  }
}

function mouse(type: string, x: number, y: number, buttons: number) {
  return new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons, bubbles: true, cancelable: true });
}

/** Drags the background in a circle for half the time, then wheels in and out; counts frames. */
async function panZoomFps({ container, seconds }: { container: HTMLElement; seconds: number }) {
  const box = container.getBoundingClientRect();
  // A corner inside the fit padding: the drag starts on the background, so it pans instead of moving a node.
  const start = { x: box.left + 8, y: box.top + 8 };
  let frames = 0;
  let worst = 0;
  const t0 = await nextFrame();
  let last = t0;
  const half = (seconds * 1000) / 2;
  container.dispatchEvent(mouse('mousedown', start.x, start.y, 1));
  for (let now = await nextFrame(); now - t0 < half; now = await nextFrame()) {
    frames++;
    worst = Math.max(worst, now - last);
    last = now;
    const angle = (now - t0) / 300;
    window.dispatchEvent(
      mouse('mousemove', start.x + 60 + 60 * Math.cos(angle), start.y + 60 + 60 * Math.sin(angle), 1),
    );
  }
  window.dispatchEvent(mouse('mouseup', start.x, start.y, 0));
  const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  for (let now = await nextFrame(); now - t0 < 2 * half; now = await nextFrame()) {
    frames++;
    worst = Math.max(worst, now - last);
    last = now;
    const deltaY = Math.sin((now - t0) / 250) > 0 ? 40 : -40;
    container.dispatchEvent(
      new WheelEvent('wheel', {
        clientX: centre.x,
        clientY: centre.y,
        deltaY,
        deltaMode: 0,
        bubbles: true,
        cancelable: true,
      }),
    );
  }
  return { fps: (frames * 1000) / (last - t0), worstFrameMs: worst };
}

async function runCase({ nodes, seconds, mode, numIter }: CaseArgs): Promise<CaseResult> {
  document.body.innerHTML = '';
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;left:0;top:0;width:1280px;height:800px';
  document.body.appendChild(container);
  const graph = syntheticGraph({ nodes });
  const webgl = detectWebgl({ createCanvas: () => document.createElement('canvas') });
  const choice = layoutForSize({ nodeCount: nodes, edgeCount: graph.pairs.length, gpu: webgl.kind === 'gpu' });
  const types = ENTITY_TYPES;

  const t0 = performance.now();
  const positions = startingPositions({
    newIds: graph.ids,
    placed: new Map(),
    neighbours: (id) => graph.neighbours.get(id) ?? [],
  });
  const tPositions = performance.now();
  const elements: ElementDefinition[] = [
    ...graph.ids.map((id, i) => ({
      group: 'nodes' as const,
      data: { id, label: `Entity ${i}`, type: types[i % types.length] },
      position: positions.get(id)!,
    })),
    ...graph.pairs.map(([source, target], i) => ({
      group: 'edges' as const,
      data: { id: `e${i}`, source, target, type: 'WORKS_FOR', label: 'works for' },
    })),
  ];
  const cy = cytoscape({
    container,
    elements,
    style:
      mode === 'size' && choice.renderer.lightStyle ? [...graphStylesheet(), ...LARGE_VIEW_STYLE] : graphStylesheet(),
    layout: { name: 'preset' },
    ...(mode === 'size' ? rendererOptions(choice) : {}),
  } as cytoscape.CytoscapeOptions);
  const tCreated = performance.now();
  const { name: layoutName, refine } = await runLayout({ cy, choice, mode, numIterOverride: numIter });
  const layoutMs = performance.now() - t0;
  await new Promise<void>((resolve) => cy.one('render', () => resolve()));
  await nextFrame();
  const layoutAndFirstDrawMs = performance.now() - t0;
  let refinedMs: number | null = null;
  if (refine) {
    await refine();
    await new Promise<void>((resolve) => cy.one('render', () => resolve()));
    refinedMs = performance.now() - t0;
  }
  const { fps, worstFrameMs } = await panZoomFps({ container, seconds });
  cy.destroy();
  return {
    nodes,
    edges: graph.pairs.length,
    layout: layoutName,
    renderer:
      mode === 'size'
        ? `${choice.renderer.kind}${choice.renderer.webgl ? ' (WebGL)' : ' (canvas)'}`
        : 'detailed (canvas, GraphCanvas today)',
    webgl: webgl.kind === 'none' ? 'none' : `${webgl.kind}: ${webgl.renderer}`,
    layoutMs,
    phasesMs: { positions: tPositions - t0, create: tCreated - tPositions, layout: t0 + layoutMs - tCreated },
    layoutAndFirstDrawMs,
    refinedMs,
    fps,
    worstFrameMs,
  };
}

(window as unknown as { whosaidBench: { runCase: typeof runCase } }).whosaidBench = { runCase };
