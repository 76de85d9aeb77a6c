/**
 * The one reducer that owns the explorer's graph state: what is loaded, what is shown, what is
 * selected, what each expansion added (for undo) and the path search. Components dispatch;
 * Cytoscape only ever draws what this state says.
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
  /** Asks the canvas to centre a node; seq changes on every request so repeats still move. */
  focus: { id: string; seq: number } | null;
  /** Asks the reader to scroll to a claim's sentence; seq as for focus. */
  readerFocus: { claimId: string; seq: number } | null;
}

export type GraphAction =
  | { type: 'load/started' }
  | { type: 'load/succeeded'; subgraph: SubgraphView; claims: ClaimView[] }
  | { type: 'load/failed'; message: string }
  | { type: 'select'; selection: Selection }
  | { type: 'types/toggle'; nodeType: NodeType }
  | { type: 'claims/show'; show: boolean }
  | { type: 'claims/add'; claims: ClaimView[] }
  | { type: 'expand/started'; id: string }
  | { type: 'expand/succeeded'; seedId: string; subgraph: SubgraphView }
  | { type: 'expand/failed'; seedId: string; message: string }
  | { type: 'collapse'; seedId: string }
  | { type: 'nodes/add'; subgraph: SubgraphView }
  | { type: 'focus'; id: string }
  | { type: 'reader/show'; claimId: string }
  | { type: 'path/ends'; from?: string | null; to?: string | null; viaClaims?: boolean }
  | { type: 'path/started' }
  | { type: 'path/succeeded'; paths: SubgraphPathList }
  | { type: 'path/failed'; message: string }
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
    path: { from: null, to: null, viaClaims: false, result: { status: 'idle' } },
    focus: null,
    readerFocus: null,
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

export function graphReducer(state: GraphState, action: GraphAction): GraphState {
  switch (action.type) {
    case 'load/started':
      return { ...state, load: { status: 'loading' } };
    case 'load/succeeded': {
      const { nodes, edges } = merge({ state, subgraph: action.subgraph });
      const claims = { ...state.claims };
      for (const claim of action.claims) claims[claim.id] = claim;
      return { ...state, load: { status: 'ready' }, nodes, edges, claims };
    }
    case 'load/failed':
      return { ...state, load: { status: 'error', message: action.message } };
    case 'select':
      return { ...state, selection: action.selection };
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
    case 'expand/started':
      return state.expanding.includes(action.id)
        ? state
        : { ...state, expanding: [...state.expanding, action.id], expandError: null };
    case 'expand/succeeded': {
      const expanding = state.expanding.filter((id) => id !== action.seedId);
      // Expanding the same node twice is a no-op: its first expansion already owns what it added.
      if (state.expansions.some((e) => e.seedId === action.seedId)) return { ...state, expanding };
      const { nodes, edges, addedNodeIds, addedEdgeIds } = merge({ state, subgraph: action.subgraph });
      const expansion: Expansion = {
        seedId: action.seedId,
        addedNodeIds,
        addedEdgeIds,
        omittedNodes: action.subgraph.omittedNodes,
      };
      return { ...state, nodes, edges, expanding, expansions: [...state.expansions, expansion] };
    }
    case 'expand/failed':
      return {
        ...state,
        expanding: state.expanding.filter((id) => id !== action.seedId),
        expandError: action.message,
      };
    case 'collapse':
      return collapse({ state, seedId: action.seedId });
    case 'nodes/add': {
      const { nodes, edges } = merge({ state, subgraph: action.subgraph });
      return { ...state, nodes, edges };
    }
    case 'focus':
      return { ...state, focus: { id: action.id, seq: (state.focus?.seq ?? 0) + 1 } };
    case 'reader/show':
      return { ...state, readerFocus: { claimId: action.claimId, seq: (state.readerFocus?.seq ?? 0) + 1 } };
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
      return { ...state, path: { ...state.path, result: { status: 'loading' } } };
    case 'path/succeeded':
      return { ...state, path: { ...state.path, result: { status: 'ready', paths: action.paths } } };
    case 'path/failed':
      return { ...state, path: { ...state.path, result: { status: 'error', message: action.message } } };
    case 'path/clear':
      return { ...state, path: { from: null, to: null, viaClaims: false, result: { status: 'idle' } } };
    default:
      return assertNever(action);
  }
}
