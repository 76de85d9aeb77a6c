/**
 * The only component that talks to Cytoscape. It creates one instance, patches elements by id
 * inside cy.batch() whenever the drawn graph changes (add new, remove gone, update data),
 * mirrors selection / path / highlight / hidden-type state onto it, and destroys it on unmount.
 * Hidden types are a class (display: none), not a removal: the nodes keep their positions and
 * showing the type again needs no new layout.
 */
import { useEffect, useRef } from 'react';
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { ClientEdge, ClientNode } from '../state/graph-model';
import { handleCanvasKey } from './canvas-keys';
import { applyHiddenTypes, patchElements, shownCountOf, shownElements } from './canvas-elements';
import { mountCytoscape, sizeChoiceFor, type MountedCy } from './cy-instance';
import { fcoseLayoutOptions, stretchToAspect } from './layout-options';
import { layoutForSize, type SizeChoice } from './layout-for-size';
import { placePathLabels } from './path-labels';
import { seedOf, withSeededRandom } from './seeded-random';
import { markFans } from './fan-edges';
import { applyReadableLabels, fitReadable, focusView } from './readable-view';
import { mark, measure, settleLabels } from './settle-labels';
import { fitLargeView, runSizedLayout } from './sized-layout';
import { tidyLayout } from './tidy-layout';

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

  /** The instance and the renderer settings it was created with. */
  const mounted = useRef<MountedCy | null>(null);
  /** The view that the last layout chose: a resize refits it the same way. */
  const lastChoice = useRef<SizeChoice>(layoutForSize({ nodeCount: 0, edgeCount: 0 }));
  const userMoved = useRef(false);
  /** (Re)creates the instance; `elements`: what the previous one held, when the renderer changes. */
  const mount = ({
    renderer,
    elements,
  }: {
    renderer: SizeChoice['renderer'];
    elements?: cytoscape.ElementDefinition[];
  }) => {
    mounted.current?.dispose();
    const next = mountCytoscape({
      container: containerRef.current,
      headless: props.headless ?? false,
      renderer,
      elements,
      handlers: () => handlers.current,
      userMoved,
      // Until the reader has moved the view, the whole graph is fitted again so nothing ends up cut off.
      onResize: (cy) => {
        if (!firstLayoutDone.current || userMoved.current || cy.nodes().length === 0) return;
        if (lastChoice.current.layout.kind === 'fcose-proof') fitReadable({ cy });
        else fitLargeView({ cy, eles: shownElements({ cy }) });
      },
    });
    mounted.current = next;
    cyRef.current = next.cy;
    handlers.current.onReady?.(next.cy);
    return next.cy;
  };

  useEffect(() => {
    mount({ renderer: lastChoice.current.renderer });
    return () => {
      mounted.current?.dispose();
      mounted.current = null;
      cyRef.current = null;
    };
    // The instance lives as long as the component (or until the view crosses a size bound).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /**
   * The per-size choice for what will be shown. Renderer settings are read when Cytoscape is created,
   * so crossing a size bound recreates the instance with the same elements (positions, classes).
   */
  const chooseFor = ({ nodes, edges }: { nodes: ClientNode[]; edges: ClientEdge[] }): Core | null => {
    const count = shownCountOf({ nodes, edges, hiddenTypes: hiddenTypesRef.current });
    const choice = sizeChoiceFor({ nodeCount: count.nodes, edgeCount: count.edges, headless: props.headless ?? false });
    const current = mounted.current;
    if (!current) return null;
    if (current.renderer.kind === choice.renderer.kind) return current.cy;
    runningLayout.current?.stop();
    return mount({ renderer: choice.renderer, elements: current.cy.elements().jsons() as never });
  };

  const finishFirst = (kind: string) => {
    firstLayoutDone.current = true;
    // A link's focus asked for before the first picture settled: its fits would undo it.
    if (pendingFocus.current && !props.headless && cyRef.current)
      showFocus({ cy: cyRef.current, id: pendingFocus.current });
    pendingFocus.current = null;
    document.body.dataset.graphLayout = kind;
    document.body.dataset.graphReady = 'true';
  };

  // Lays out what is shown (hidden nodes keep their places and take no part). Read through a
  // ref so both the element patch and the hidden-type effect can start one.
  const runLayout = useRef<(cy: Core) => void>(() => undefined);
  runLayout.current = (cy: Core) => {
    const shown = shownElements({ cy });
    if (shown.nodes().length === 0) return;
    // A newer element set supersedes a layout still animating the previous one.
    runningLayout.current?.stop();
    const choice = sizeChoiceFor({
      nodeCount: shown.nodes().length,
      edgeCount: shown.edges().length,
      headless: props.headless ?? false,
    });
    lastChoice.current = choice;
    const first = !firstLayoutDone.current;
    if (first) mark('whosaid:layout-start');
    if (choice.layout.kind !== 'fcose-proof') {
      const sized = runSizedLayout({
        cy,
        shown,
        layout: choice.layout,
        laidOut: laidOut.current,
        animate: !first && !props.headless,
        onDone: () => {
          shown.nodes().forEach((n) => {
            laidOut.current.add(n.id());
          });
          if (!props.headless) placePathLabels({ cy });
          document.body.dataset.graphLayout = choice.layout.kind;
          if (!first) return;
          measure({ name: 'whosaid:first-layout', start: 'whosaid:layout-start' });
          finishFirst(choice.layout.kind);
        },
      });
      runningLayout.current = sized as unknown as cytoscape.Layouts;
      return;
    }
    const layout = shown.layout(
      fcoseLayoutOptions({
        nodeCount: shown.nodes().length,
        animate: firstLayoutDone.current && !props.headless,
      }) as never,
    );
    // User Timing marks (visible in the browser's performance panel; the layout measurement
    // script reads them): how long fcose and the readability pass take on the first picture.
    layout.one('layoutstop', () => {
      if (first) mark('whosaid:fcose-stop');
      shown.nodes().forEach((n) => {
        laidOut.current.add(n.id());
      });
      document.body.dataset.graphLayout = choice.layout.kind;
      if (props.headless) {
        finishFirst(choice.layout.kind);
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
            finishFirst(choice.layout.kind);
          },
        });
      }
    });
    runningLayout.current = layout;
    withSeededRandom({ seed: seedOf({ ids: shown.nodes().map((n) => n.id()) }), run: () => layout.run() });
  };

  // Patch elements, then lay out if anything new arrived.
  useEffect(() => {
    const cy = chooseFor({ nodes: props.nodes, edges: props.edges });
    if (!cy) return;
    // Large views place new nodes themselves (sized-layout.ts); layout-utilities would ring them all.
    const placeNew = mounted.current?.renderer.kind === 'detailed';
    const added = patchElements({ cy, nodes: props.nodes, edges: props.edges, placeNew });
    // A node that left (a collapse) and comes back is new again: it has no laid-out place.
    for (const id of laidOut.current) if (cy.getElementById(id).empty()) laidOut.current.delete(id);
    markFans({ cy });
    applyReadableLabels({ cy });
    applyHiddenTypes({ cy, hiddenTypes: hiddenTypesRef.current });
    if (added.length === 0 && firstLayoutDone.current) return;
    runLayout.current(cy);
    // chooseFor reads hidden types through their ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.nodes, props.edges, props.headless]);

  // Hiding or showing a type only toggles a class: no element leaves and nothing moves. Only
  // nodes that were never laid out (hidden since the link opened, or added by an expansion
  // while their type was hidden) make showing them run a layout.
  useEffect(() => {
    const cy = chooseFor({ nodes: props.nodes, edges: props.edges });
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
    // Only when the hidden types change; chooseFor reads the elements from props.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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

  const shownCount = shownCountOf({ nodes: props.nodes, edges: props.edges, hiddenTypes: props.hiddenTypes ?? [] });

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
