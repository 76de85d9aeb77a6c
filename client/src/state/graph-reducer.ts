/**
 * The one reducer that owns the explorer's graph state: what is loaded, what is shown, what is
 * selected, what each expansion added (for undo) and the path search. Components dispatch;
 * Cytoscape only ever draws what this state says.
 *
 * Requests that a newer one can supersede (the article load, each node's expansion, the path
 * search) carry a sequence number: `.../started` records it as the newest, and an answer whose
 * number is no longer the newest (a reload, a second search, a collapse or a clear came in
 * between) is dropped, so a slow old answer never overwrites a newer one.
 */
import type { NodeType } from '../../../domain/vocabulary';
import {
  assertNever,
  type AsyncState,
  type ClaimView,
  type ClientEdge,
  type ClientNode,
  type Expansion,
  type PathSearchState,
  type Selection,
  type SubgraphView,
} from './graph-model';

export interface GraphState {
  load: AsyncState;
  nodes: Record<string, ClientNode>;
  edges: Record<string, ClientEdge>;
  claims: Record<string, ClaimView>;
  expansions: Expansion[];
  /** Node ids whose expansion is in flight. */
  expanding: string[];
  expandError: string | null;
  selection: Selection;
  hiddenTypes: NodeType[];
  showClaims: boolean;
  path: { from: string | null; to: string | null; viaClaims: boolean; result: PathSearchState };
  /**
   * Focus mode: only this node and its neighbours are drawn (null: off). With hiddenNodes, the
   * person's own cut of the picture; both are part of the link and of Back/Forward.
   */
  focusedOn: string | null;
  /** Nodes the person hid one by one ("Hide node"); they stay loaded and keep their places. */
  hiddenNodes: string[];
  /** Asks the canvas to centre a node; seq changes on every request so repeats still move. */
  focus: { id: string; seq: number } | null;
  /** The open tab of the views pane (article, who, debates...): part of the link and of history. */
  tab: string;
  /** Asks the reader to scroll to a claim's sentence; seq as for focus. */
  readerFocus: { claimId: string; seq: number; sourceId?: string } | null;
  /** The newest request of each kind (null: none in flight, any answer is stale). */
  requests: { load: number | null; path: number | null; expand: Record<string, number> };
}

export type GraphAction =
  | { type: 'load/started'; seq: number }
  | { type: 'load/succeeded'; seq: number; subgraph: SubgraphView; claims: ClaimView[] }
  | { type: 'load/failed'; seq: number; message: string }
  | { type: 'select'; selection: Selection }
  | { type: 'types/toggle'; nodeType: NodeType }
  | { type: 'claims/show'; show: boolean }
  | { type: 'claims/add'; claims: ClaimView[] }
  | { type: 'expand/started'; id: string; seq: number }
  | { type: 'expand/succeeded'; seedId: string; seq: number; subgraph: SubgraphView; wide?: boolean }
  | { type: 'expand/failed'; seedId: string; seq: number; message: string }
  | { type: 'collapse'; seedId: string }
  | { type: 'nodes/add'; subgraph: SubgraphView }
  | { type: 'focus'; id: string }
  /** `sourceId`: the claim's own source, so the reader switches to it (several sources). */
  | { type: 'reader/show'; claimId: string; sourceId?: string }
  | { type: 'tab/open'; tab: string }
  /** Browser Back/Forward: the parts of a URL state that need no request (see explorer-context). */
  | {
      type: 'history/restore';
      selection: Selection;
      hiddenTypes: NodeType[];
      showClaims: boolean;
      tab: string;
      focusedOn: string | null;
      hiddenNodes: string[];
    }
  /** Focus mode on a node (a fresh cut: earlier hidden nodes come back), framed on screen. */
  | { type: 'view/focus'; id: string }
  | { type: 'view/hide-node'; id: string }
  /** Ends focus mode and shows every hidden node again. */
  | { type: 'view/show-all' }
  | { type: 'path/ends'; from?: string | null; to?: string | null; viaClaims?: boolean }
  | { type: 'path/started'; seq: number }
  /** `subgraph`: path nodes and edges that were not loaded yet, added so the path can be drawn. */
  | { type: 'path/succeeded'; seq: number; paths: SubgraphPathList; subgraph?: SubgraphView }
  | { type: 'path/failed'; seq: number; message: string }
  | { type: 'path/clear' };

type SubgraphPathList = Extract<PathSearchState, { status: 'ready' }>['paths'];

export function initialGraphState(overrides: Partial<GraphState> = {}): GraphState {
  return {
    load: { status: 'idle' },
    nodes: {},
    edges: {},
    claims: {},
    expansions: [],
    expanding: [],
    expandError: null,
    selection: { kind: 'none' },
    hiddenTypes: [],
    showClaims: false,
    focusedOn: null,
    hiddenNodes: [],
    path: { from: null, to: null, viaClaims: false, result: { status: 'idle' } },
    focus: null,
    readerFocus: null,
    tab: 'article',
    requests: { load: null, path: null, expand: {} },
    ...overrides,
  };
}

/** Adds what is new; returns the ids that were not there before (an expansion owns exactly those). */
function merge({ state, subgraph }: { state: GraphState; subgraph: SubgraphView }) {
  const nodes = { ...state.nodes };
  const edges = { ...state.edges };
  const addedNodeIds: string[] = [];
  const addedEdgeIds: string[] = [];
  for (const node of subgraph.nodes) {
    if (!nodes[node.id]) addedNodeIds.push(node.id);
    nodes[node.id] = node;
  }
  for (const edge of subgraph.edges) {
    if (!nodes[edge.from] || !nodes[edge.to]) continue;
    if (!edges[edge.id]) addedEdgeIds.push(edge.id);
    edges[edge.id] = edge;
  }
  return { nodes, edges, addedNodeIds, addedEdgeIds };
}

/** Removes an expansion, the nodes/edges it added, and later expansions seeded on those nodes. */
function collapse({ state, seedId }: { state: GraphState; seedId: string }): GraphState {
  const index = state.expansions.findIndex((e) => e.seedId === seedId);
  if (index < 0) return state;
  const removedNodes = new Set<string>();
  const removedEdges = new Set<string>();
  const kept: Expansion[] = [];
  state.expansions.forEach((expansion, i) => {
    const cascades = i > index && removedNodes.has(expansion.seedId);
    if (i === index || cascades) {
      expansion.addedNodeIds.forEach((id) => removedNodes.add(id));
      expansion.addedEdgeIds.forEach((id) => removedEdges.add(id));
    } else kept.push(expansion);
  });
  const nodes = Object.fromEntries(Object.entries(state.nodes).filter(([id]) => !removedNodes.has(id)));
  const edges = Object.fromEntries(
    Object.entries(state.edges).filter(
      ([id, e]) => !removedEdges.has(id) && !removedNodes.has(e.from) && !removedNodes.has(e.to),
    ),
  );
  const selectionGone =
    (state.selection.kind === 'node' && removedNodes.has(state.selection.id)) ||
    (state.selection.kind === 'edge' && !edges[state.selection.id] && removedEdges.has(state.selection.id));
  return {
    ...state,
    nodes,
    edges,
    expansions: kept,
    selection: selectionGone ? { kind: 'none' } : state.selection,
  };
}

/** Forgets a seed's in-flight expansion: its answer, when it comes, is stale. */
function withoutExpandRequest({ state, id }: { state: GraphState; id: string }): GraphState {
  if (!(id in state.requests.expand) && !state.expanding.includes(id)) return state;
  const expand = { ...state.requests.expand };
  delete expand[id];
  return { ...state, expanding: state.expanding.filter((e) => e !== id), requests: { ...state.requests, expand } };
}

const isNewest = (newest: number | null | undefined, seq: number) => newest === seq;

export function graphReducer(state: GraphState, action: GraphAction): GraphState {
  switch (action.type) {
    case 'load/started':
      return { ...state, load: { status: 'loading' }, requests: { ...state.requests, load: action.seq } };
    case 'load/succeeded': {
      if (!isNewest(state.requests.load, action.seq)) return state;
      const { nodes, edges } = merge({ state, subgraph: action.subgraph });
      const claims = { ...state.claims };
      for (const claim of action.claims) claims[claim.id] = claim;
      return { ...state, load: { status: 'ready' }, nodes, edges, claims, requests: { ...state.requests, load: null } };
    }
    case 'load/failed':
      if (!isNewest(state.requests.load, action.seq)) return state;
      return {
        ...state,
        load: { status: 'error', message: action.message },
        requests: { ...state.requests, load: null },
      };
    case 'select': {
      // A quote shown in the reader stays marked until something else is chosen.
      const keepsMark = action.selection.kind === 'claim' && state.readerFocus?.claimId === action.selection.id;
      return { ...state, selection: action.selection, readerFocus: keepsMark ? state.readerFocus : null };
    }
    case 'types/toggle': {
      const hidden = state.hiddenTypes.includes(action.nodeType);
      return {
        ...state,
        hiddenTypes: hidden
          ? state.hiddenTypes.filter((t) => t !== action.nodeType)
          : [...state.hiddenTypes, action.nodeType],
      };
    }
    case 'claims/show':
      return { ...state, showClaims: action.show };
    case 'claims/add': {
      const claims = { ...state.claims };
      for (const claim of action.claims) claims[claim.id] = claim;
      return { ...state, claims };
    }
    case 'expand/started': {
      const requests = { ...state.requests, expand: { ...state.requests.expand, [action.id]: action.seq } };
      const expanding = state.expanding.includes(action.id) ? state.expanding : [...state.expanding, action.id];
      return { ...state, expanding, expandError: null, requests };
    }
    case 'expand/succeeded': {
      if (!isNewest(state.requests.expand[action.seedId], action.seq)) return state;
      const settled = withoutExpandRequest({ state, id: action.seedId });
      const expanding = settled.expanding;
      // Expanding the same node twice is a no-op: its first expansion already owns what it added.
      if (state.expansions.some((e) => e.seedId === action.seedId)) return settled;
      const { nodes, edges, addedNodeIds, addedEdgeIds } = merge({ state, subgraph: action.subgraph });
      // Nothing new (everything was already drawn, or an unknown id from a link): no undo step.
      if (addedNodeIds.length === 0 && addedEdgeIds.length === 0) return settled;
      const expansion: Expansion = {
        seedId: action.seedId,
        addedNodeIds,
        addedEdgeIds,
        omittedNodes: action.subgraph.omittedNodes,
        ...(action.wide ? { wide: true } : {}),
      };
      return { ...settled, nodes, edges, expanding, expansions: [...state.expansions, expansion] };
    }
    case 'expand/failed':
      if (!isNewest(state.requests.expand[action.seedId], action.seq)) return state;
      return { ...withoutExpandRequest({ state, id: action.seedId }), expandError: action.message };
    case 'collapse':
      // Also cancels an expansion of that node still in flight.
      return withoutExpandRequest({ state: collapse({ state, seedId: action.seedId }), id: action.seedId });
    case 'nodes/add': {
      const { nodes, edges } = merge({ state, subgraph: action.subgraph });
      return { ...state, nodes, edges };
    }
    case 'focus':
      return { ...state, focus: { id: action.id, seq: (state.focus?.seq ?? 0) + 1 } };
    case 'reader/show':
      // "Show in article" from any view brings the reader forward, on the claim's own source.
      return {
        ...state,
        tab: 'article',
        readerFocus: { claimId: action.claimId, seq: (state.readerFocus?.seq ?? 0) + 1, sourceId: action.sourceId },
      };
    case 'tab/open':
      return state.tab === action.tab ? state : { ...state, tab: action.tab };
    case 'history/restore':
      return {
        ...state,
        selection: action.selection,
        hiddenTypes: action.hiddenTypes,
        showClaims: action.showClaims,
        tab: action.tab,
        focusedOn: action.focusedOn,
        hiddenNodes: action.hiddenNodes,
        readerFocus: null,
      };
    case 'view/focus':
      return {
        ...state,
        focusedOn: action.id,
        hiddenNodes: [],
        focus: { id: action.id, seq: (state.focus?.seq ?? 0) + 1 },
      };
    case 'view/hide-node': {
      if (state.hiddenNodes.includes(action.id)) return state;
      // A hidden node cannot stay selected; hiding the focused node ends focus mode.
      const selected = state.selection.kind === 'node' && state.selection.id === action.id;
      return {
        ...state,
        hiddenNodes: [...state.hiddenNodes, action.id],
        focusedOn: state.focusedOn === action.id ? null : state.focusedOn,
        selection: selected ? { kind: 'none' } : state.selection,
      };
    }
    case 'view/show-all':
      return state.focusedOn === null && state.hiddenNodes.length === 0
        ? state
        : { ...state, focusedOn: null, hiddenNodes: [] };
    case 'path/ends': {
      const path = {
        ...state.path,
        from: action.from === undefined ? state.path.from : action.from,
        to: action.to === undefined ? state.path.to : action.to,
        viaClaims: action.viaClaims ?? state.path.viaClaims,
      };
      return { ...state, path };
    }
    case 'path/started':
      return {
        ...state,
        path: { ...state.path, result: { status: 'loading' } },
        requests: { ...state.requests, path: action.seq },
      };
    case 'path/succeeded': {
      if (!isNewest(state.requests.path, action.seq)) return state;
      const added = action.subgraph ? merge({ state, subgraph: action.subgraph }) : state;
      return {
        ...state,
        nodes: added.nodes,
        edges: added.edges,
        path: { ...state.path, result: { status: 'ready', paths: action.paths } },
        requests: { ...state.requests, path: null },
      };
    }
    case 'path/failed':
      if (!isNewest(state.requests.path, action.seq)) return state;
      return {
        ...state,
        path: { ...state.path, result: { status: 'error', message: action.message } },
        requests: { ...state.requests, path: null },
      };
    case 'path/clear':
      // A search still in flight is dropped with the ends.
      return {
        ...state,
        path: { from: null, to: null, viaClaims: false, result: { status: 'idle' } },
        requests: { ...state.requests, path: null },
      };
    default:
      return assertNever(action);
  }
}
