/**
 * The only component that talks to Cytoscape. It creates one instance, patches elements by id
 * inside cy.batch() whenever the drawn graph changes (add new, remove gone, update data),
 * mirrors selection / path / highlight / hidden-type state onto it, and destroys it on unmount.
 * Hidden types are a class (display: none), not a removal: the nodes keep their positions and
 * showing the type again needs no new layout.
 */
import { useEffect, useRef } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import layoutUtilities from 'cytoscape-layout-utilities';
import type { ClientEdge, ClientNode } from '../state/graph-model';
import { handleCanvasKey } from './canvas-keys';
import { applyHiddenTypes, layoutUtilitiesOf, patchElements, shownElements } from './canvas-elements';
import { graphStylesheet } from './cytoscape-stylesheet';
import { IDEAL_EDGE_LENGTH, fcoseLayoutOptions, stretchToAspect } from './layout-options';
import { placePathLabels } from './path-labels';
import { seedOf, withSeededRandom } from './seeded-random';
import { markFans } from './fan-edges';
import {
  applyReadableLabels,
  fitReadable,
  focusView,
  overlappingBoxes,
  readableFontSize,
  setLabelCap,
} from './readable-view';
import { tidyLayout } from './tidy-layout';

let extensionsRegistered = false;
function ensureExtensions() {
  if (!extensionsRegistered) {
    cytoscape.use(fcose);
    cytoscape.use(layoutUtilities);
    extensionsRegistered = true;
  }
}

/** User Timing marks (the browser's performance panel; tests/e2e/measure-layout.ts reads them). */
const timing = () => (typeof performance === 'undefined' || !performance.mark ? null : performance);
const mark = (name: string) => timing()?.mark(name);
const measure = ({ name, start, end }: { name: string; start: string; end?: string }) => {
  try {
    timing()?.measure(name, start, end);
  } catch {
    // A missing mark only costs the measurement, never the picture.
  }
};

declare global {
  interface Window {
    whosaid?: { cy: Core };
  }
}

export interface GraphCanvasProps {
  nodes: ClientNode[];
  edges: ClientEdge[];
  /** Elements to mark :selected (a node, an edge, or a claim with its speaker and subjects). */
  selectedIds: string[];
  /** Nodes and edges of the found path(s), drawn with the `on-path` class. */
  pathIds: string[];
  focus: { id: string; seq: number } | null;
  /** Node types drawn with display: none (their edges disappear with them); positions stay. */
  hiddenTypes?: string[];
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onClearSelection: () => void;
  onExpand: (id: string) => void;
  onReady?: (cy: Core) => void;
  /** Headless mode for tests (no renderer, no DOM canvas). */
  headless?: boolean;
}

const nextFrame = (run: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : setTimeout(run, 0);

/**
 * The first view's label pass (see readable-view.ts): rounds of grow → tidy → fit until the
 * size settles, then, where the tidy pass found no room for labels that large (a narrower
 * canvas), shrink them a pixel at a time until no two boxes overlap; that size stays the cap.
 */
function settleLabels({ cy, shown, onDone }: { cy: Core; shown: cytoscape.Collection; onDone: () => void }) {
  const shrink = (size: number) =>
    nextFrame(() => {
      if (cy.destroyed()) return;
      tidyLayout({ cy, shown });
      if (size <= 16 || overlappingBoxes({ nodes: shown.nodes() }) === 0) return onDone();
      const smaller = Math.max(16, size - 1);
      setLabelCap({ cy, size: smaller });
      applyReadableLabels({ cy });
      shrink(smaller);
    });
  const round = (i: number) => {
    const size = readableFontSize({ zoom: cy.zoom() });
    applyReadableLabels({ cy });
    nextFrame(() => {
      if (cy.destroyed()) return;
      tidyLayout({ cy, shown });
      fitReadable({ cy });
      if (i < 5 && readableFontSize({ zoom: cy.zoom() }) > size) return round(i + 1);
      // The last fit may have zoomed out a little more: match it without another fit.
      applyReadableLabels({ cy });
      shrink(readableFontSize({ zoom: cy.zoom() }));
    });
  };
  round(0);
}

/** Moves the camera to a node (with its neighbours) or an edge (with its ends), and flashes it. */
function showFocus({ cy, id }: { cy: Core; id: string }) {
  const view = focusView({ cy, id });
  if (!view) return;
  cy.animate(view, { duration: 300 });
  cy.getElementById(id).flashClass('highlighted', 1500);
}

export function GraphCanvas(props: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const firstLayoutDone = useRef(false);
  const runningLayout = useRef<cytoscape.Layouts | null>(null);
  // Handlers change every render; the cy listeners read the latest through this ref.
  const handlers = useRef(props);
  handlers.current = props;
  const hiddenTypesRef = useRef(props.hiddenTypes ?? []);
  /** Nodes some layout has placed (the others only have a starting position). */
  const laidOut = useRef(new Set<string>());
  /** A focus request that came while the first picture was still settling (a link's selection). */
  const pendingFocus = useRef<string | null>(null);
  hiddenTypesRef.current = props.hiddenTypes ?? [];

  useEffect(() => {
    ensureExtensions();
    const cy = cytoscape({
      container: props.headless ? undefined : containerRef.current,
      headless: props.headless ?? false,
      styleEnabled: true,
      style: graphStylesheet(),
      minZoom: 0.15,
      maxZoom: 3,
      selectionType: 'single',
    });
    cyRef.current = cy;
    // Used by placeNewNodes (expansions) and by fcose's packComponents (separate islands).
    layoutUtilitiesOf(cy)({ idealEdgeLength: IDEAL_EDGE_LENGTH, offset: 20, componentSpacing: 80 });
    window.whosaid = { cy };
    cy.on('tap', 'node', (evt) => handlers.current.onSelectNode(evt.target.id()));
    cy.on('tap', 'edge', (evt) => handlers.current.onSelectEdge(evt.target.id()));
    cy.on('tap', (evt) => {
      if (evt.target === cy) handlers.current.onClearSelection();
    });
    cy.on('dbltap', 'node', (evt) => handlers.current.onExpand(evt.target.id()));
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
    handlers.current.onReady?.(cy);
    // The container changes size with the window and the panels (the legend appears once the
    // graph is loaded); cytoscape must be told, and until the reader has moved the view
    // themselves the whole graph is fitted again so nothing ends up cut off at an edge.
    const container = containerRef.current;
    const userMoved = { current: false };
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
            if (firstLayoutDone.current && !userMoved.current && cy.nodes().length > 0) fitReadable({ cy });
          });
    if (resizeObserver && container) resizeObserver.observe(container);
    return () => {
      resizeObserver?.disconnect();
      container?.removeEventListener('wheel', markMoved);
      container?.removeEventListener('pointerdown', markMoved);
      cy.destroy();
      cyRef.current = null;
      if (window.whosaid?.cy === cy) delete window.whosaid;
    };
    // The instance lives as long as the component; props are read through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Lays out what is shown (hidden nodes keep their places and take no part). Read through a
  // ref so both the element patch and the hidden-type effect can start one.
  const runLayout = useRef<(cy: Core) => void>(() => undefined);
  runLayout.current = (cy: Core) => {
    const shown = shownElements({ cy });
    if (shown.nodes().length === 0) return;
    // A newer element set supersedes a layout still animating the previous one.
    runningLayout.current?.stop();
    const layout = shown.layout(
      fcoseLayoutOptions({
        nodeCount: shown.nodes().length,
        animate: firstLayoutDone.current && !props.headless,
      }) as never,
    );
    const first = !firstLayoutDone.current;
    // User Timing marks (visible in the browser's performance panel; the layout measurement
    // script reads them): how long fcose and the readability pass take on the first picture.
    if (first) mark('whosaid:layout-start');
    layout.one('layoutstop', () => {
      if (first) mark('whosaid:fcose-stop');
      shown.nodes().forEach((n) => {
        laidOut.current.add(n.id());
      });
      if (props.headless) {
        firstLayoutDone.current = true;
        document.body.dataset.graphReady = 'true';
        return;
      }
      // Labels apart and nodes off foreign edges, after every layout (expansions too).
      tidyLayout({ cy, shown });
      if (!firstLayoutDone.current && cy.height() > 0 && cy.width() > cy.height()) {
        // Stretching along one axis only moves boxes further apart and nodes further from
        // lines, so it keeps what the tidy pass achieved. Wide canvases only: see stretchToAspect.
        const stretched = stretchToAspect({
          positions: new Map(shown.nodes().map((n) => [n.id(), { ...n.position() }])),
          targetAspect: cy.width() / cy.height(),
        });
        cy.batch(() => stretched.forEach((p, id) => cy.getElementById(id).position(p)));
      }
      placePathLabels({ cy });
      if (!firstLayoutDone.current) {
        measure({ name: 'whosaid:fcose', start: 'whosaid:layout-start', end: 'whosaid:fcose-stop' });
        measure({ name: 'whosaid:first-layout', start: 'whosaid:layout-start' });
        fitReadable({ cy });
        // The labels grow to read at this zoom, the tidy pass makes room for the larger boxes,
        // the picture is fitted again; a few rounds until the size settles. Cytoscape measures
        // a label only when it draws it, so each step waits one frame after changing sizes.
        settleLabels({
          cy,
          shown,
          onDone: () => {
            placePathLabels({ cy });
            firstLayoutDone.current = true;
            // A link's focus asked for before the first picture settled: its fits would undo it.
            if (pendingFocus.current) showFocus({ cy, id: pendingFocus.current });
            pendingFocus.current = null;
            document.body.dataset.graphReady = 'true';
          },
        });
      }
    });
    runningLayout.current = layout;
    withSeededRandom({ seed: seedOf({ ids: shown.nodes().map((n) => n.id()) }), run: () => layout.run() });
  };

  // Patch elements, then lay out if anything new arrived.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const added = patchElements({ cy, nodes: props.nodes, edges: props.edges });
    markFans({ cy });
    applyReadableLabels({ cy });
    applyHiddenTypes({ cy, hiddenTypes: hiddenTypesRef.current });
    if (added.length === 0 && firstLayoutDone.current) return;
    runLayout.current(cy);
  }, [props.nodes, props.edges, props.headless]);

  // Hiding or showing a type only toggles a class: no element leaves and nothing moves. Only
  // nodes that were never laid out (hidden since the link opened, or added by an expansion
  // while their type was hidden) make showing them run a layout.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyHiddenTypes({ cy, hiddenTypes: props.hiddenTypes ?? [] });
    if (!firstLayoutDone.current) return;
    if (
      shownElements({ cy })
        .nodes()
        .toArray()
        .some((n) => !laidOut.current.has(n.id()))
    )
      runLayout.current(cy);
  }, [props.hiddenTypes]);

  // Selection, path and highlight classes mirror React state.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      for (const id of props.selectedIds) cy.getElementById(id).select();
      cy.elements('.on-path').removeClass('on-path');
      for (const id of props.pathIds) cy.getElementById(id).addClass('on-path');
    });
    if (!props.headless) placePathLabels({ cy });
  }, [props.selectedIds, props.pathIds, props.nodes, props.edges, props.headless]);

  // A selection made elsewhere (reader, panels) may lie off screen: bring it into view, without
  // moving the picture when it is already visible.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || props.headless || props.selectedIds.length === 0) return;
    const selected = cy.collection();
    for (const id of props.selectedIds) selected.merge(cy.getElementById(id));
    if (selected.empty()) return;
    const box = selected.renderedBoundingBox({});
    const visible = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    if (visible) return;
    const fits = box.w <= cy.width() - 40 && box.h <= cy.height() - 40;
    cy.animate(fits ? { center: { eles: selected } } : { fit: { eles: selected, padding: 40 } }, { duration: 300 });
    // Only when the selection itself changes, not on every element patch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.selectedIds]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !props.focus) return;
    if (props.headless) return;
    if (firstLayoutDone.current) showFocus({ cy, id: props.focus.id });
    else pendingFocus.current = props.focus.id;
  }, [props.focus, props.headless]);

  const hiddenSet = new Set(props.hiddenTypes ?? []);
  const shownNodeIds = new Set(props.nodes.filter((n) => !hiddenSet.has(n.type)).map((n) => n.id));
  const shownCount = {
    nodes: shownNodeIds.size,
    edges: props.edges.filter((e) => shownNodeIds.has(e.from) && shownNodeIds.has(e.to)).length,
  };

  // Keyboard users Tab to the canvas and walk it: arrows move to the neighbour in that
  // direction (canvas-keys.ts), Enter expands; the list view (GraphListView) reads it out.
  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      role="application"
      aria-roledescription="graph"
      tabIndex={0}
      aria-label={`Graph of ${shownCount.nodes} nodes and ${shownCount.edges} edges. Arrow keys move the selection to a neighbour, Enter expands it.`}
      onKeyDown={(event) => {
        const cy = cyRef.current;
        if (!cy || event.altKey || event.ctrlKey || event.metaKey) return;
        const handled = handleCanvasKey({
          cy,
          key: event.key,
          onSelectNode: (id) => handlers.current.onSelectNode(id),
          onExpand: (id) => handlers.current.onExpand(id),
        });
        if (handled) event.preventDefault();
      }}
    />
  );
}
