import { graphReducer, initialGraphState, type GraphState } from '../../client/src/state/graph-reducer';
import type { ClientEdge, ClientNode, SubgraphView } from '../../client/src/state/graph-model';

const node = (id: string, type: ClientNode['type'] = 'Company'): ClientNode => ({ id, type, label: id.toUpperCase() });
const edge = (from: string, type: string, to: string): ClientEdge => ({
  id: `${from}--${type}--${to}`,
  type,
  from,
  to,
  role: null,
  claimIds: [],
});
const subgraph = (nodes: ClientNode[], edges: ClientEdge[], omittedNodes = 0): SubgraphView => ({
  nodes,
  edges,
  truncated: omittedNodes > 0,
  omittedNodes,
});

function loaded(): GraphState {
  let state = graphReducer(initialGraphState(), { type: 'load/started', seq: 1 });
  state = graphReducer(state, {
    type: 'load/succeeded',
    seq: 1,
    subgraph: subgraph([node('a'), node('b')], [edge('a', 'COMPETES_WITH', 'b')]),
    claims: [],
  });
  return state;
}

let nextSeq = 100;
/** An expansion asked for and answered (the way the explorer dispatches it). */
function expanded(state: GraphState, seedId: string, answer: SubgraphView): GraphState {
  const seq = ++nextSeq;
  return graphReducer(graphReducer(state, { type: 'expand/started', id: seedId, seq }), {
    type: 'expand/succeeded',
    seedId,
    seq,
    subgraph: answer,
  });
}

describe('graph reducer', () => {
  it('goes idle -> loading -> ready with the loaded graph', () => {
    const start = initialGraphState();
    expect(start.load).toEqual({ status: 'idle' });
    const loading = graphReducer(start, { type: 'load/started', seq: 1 });
    expect(loading.load).toEqual({ status: 'loading' });
    const ready = loaded();
    expect(ready.load).toEqual({ status: 'ready' });
    expect(Object.keys(ready.nodes).sort()).toEqual(['a', 'b']);
    expect(Object.keys(ready.edges)).toEqual(['a--COMPETES_WITH--b']);
  });

  it('goes loading -> error with the message, and back to loading on retry', () => {
    const failed = graphReducer(graphReducer(initialGraphState(), { type: 'load/started', seq: 1 }), {
      type: 'load/failed',
      seq: 1,
      message: 'API unreachable: Failed to fetch',
    });
    expect(failed.load).toEqual({ status: 'error', message: 'API unreachable: Failed to fetch' });
    expect(graphReducer(failed, { type: 'load/started', seq: 2 }).load).toEqual({ status: 'loading' });
  });

  it('records what an expansion added and collapses exactly that', () => {
    const before = loaded();
    let state = graphReducer(before, { type: 'expand/started', id: 'b', seq: 1 });
    expect(state.expanding).toEqual(['b']);
    state = graphReducer(state, {
      type: 'expand/succeeded',
      seedId: 'b',
      seq: 1,
      subgraph: subgraph(
        [node('b'), node('c'), node('a')],
        [edge('b', 'PART_OF', 'c'), edge('a', 'COMPETES_WITH', 'b')],
        7,
      ),
    });
    expect(state.expanding).toEqual([]);
    expect(state.expansions).toEqual([
      { seedId: 'b', addedNodeIds: ['c'], addedEdgeIds: ['b--PART_OF--c'], omittedNodes: 7 },
    ]);
    const collapsed = graphReducer(state, { type: 'collapse', seedId: 'b' });
    expect(collapsed.nodes).toEqual(before.nodes);
    expect(collapsed.edges).toEqual(before.edges);
    expect(collapsed.expansions).toEqual([]);
  });

  it('collapsing an expansion also collapses later expansions of the nodes it added', () => {
    let state = loaded();
    state = expanded(state, 'b', subgraph([node('b'), node('c')], [edge('b', 'PART_OF', 'c')]));
    state = expanded(state, 'c', subgraph([node('c'), node('d')], [edge('c', 'PART_OF', 'd')]));
    state = graphReducer(state, { type: 'select', selection: { kind: 'node', id: 'd' } });
    const collapsed = graphReducer(state, { type: 'collapse', seedId: 'b' });
    expect(Object.keys(collapsed.nodes).sort()).toEqual(['a', 'b']);
    expect(collapsed.expansions).toEqual([]);
    expect(collapsed.selection).toEqual({ kind: 'none' });
  });

  it('ignores a second expansion of the same node', () => {
    let state = loaded();
    state = expanded(state, 'b', subgraph([node('c')], []));
    const again = expanded(state, 'b', subgraph([node('z')], []));
    expect(again.nodes.z).toBeUndefined();
    expect(again.expansions).toHaveLength(1);
  });

  it('drops edges whose ends are not loaded', () => {
    const state = graphReducer(loaded(), {
      type: 'nodes/add',
      subgraph: subgraph([], [edge('a', 'PART_OF', 'ghost')]),
    });
    expect(state.edges['a--PART_OF--ghost']).toBeUndefined();
  });

  it('toggles hidden types and the claims view', () => {
    let state = graphReducer(loaded(), { type: 'types/toggle', nodeType: 'Place' });
    expect(state.hiddenTypes).toEqual(['Place']);
    state = graphReducer(state, { type: 'types/toggle', nodeType: 'Place' });
    expect(state.hiddenTypes).toEqual([]);
    expect(graphReducer(state, { type: 'claims/show', show: true }).showClaims).toBe(true);
  });

  it('tracks the path search as a tagged state', () => {
    let state = graphReducer(loaded(), { type: 'path/ends', from: 'a', to: 'b', viaClaims: true });
    state = graphReducer(state, { type: 'path/started', seq: 1 });
    expect(state.path).toEqual({ from: 'a', to: 'b', viaClaims: true, result: { status: 'loading' } });
    const failed = graphReducer(state, { type: 'path/failed', seq: 1, message: 'NOT_FOUND from' });
    expect(failed.path.result).toEqual({ status: 'error', message: 'NOT_FOUND from' });
    const found = graphReducer(state, { type: 'path/succeeded', seq: 1, paths: [] });
    expect(found.path.result).toEqual({ status: 'ready', paths: [] });
    expect(graphReducer(found, { type: 'path/clear' }).path).toEqual({
      from: null,
      to: null,
      viaClaims: false,
      result: { status: 'idle' },
    });
  });

  it('adds the nodes a found path runs through', () => {
    let state = graphReducer(loaded(), { type: 'path/started', seq: 1 });
    state = graphReducer(state, {
      type: 'path/succeeded',
      seq: 1,
      paths: [],
      subgraph: subgraph([node('c')], [edge('b', 'PART_OF', 'c')]),
    });
    expect(Object.keys(state.nodes).sort()).toEqual(['a', 'b', 'c']);
    expect(state.edges['b--PART_OF--c']).toBeDefined();
  });

  describe('superseded requests: only the newest answer applies', () => {
    const pathView = (id: string) => ({ nodeIds: [id], edgeIds: [], nodes: [{ id, name: id }], edges: [] });

    it('a slow path answer arriving after a newer search is dropped, nodes and all', () => {
      let state = graphReducer(loaded(), { type: 'path/started', seq: 1 });
      state = graphReducer(state, { type: 'path/started', seq: 2 });
      state = graphReducer(state, { type: 'path/succeeded', seq: 2, paths: [pathView('new')] });
      const late = graphReducer(state, {
        type: 'path/succeeded',
        seq: 1,
        paths: [pathView('old')],
        subgraph: subgraph([node('old')], []),
      });
      expect(late).toBe(state);
      expect(late.path.result).toEqual({ status: 'ready', paths: [pathView('new')] });
      expect(late.nodes.old).toBeUndefined();
      // A late failure of the old search does not replace the newer result either.
      expect(graphReducer(state, { type: 'path/failed', seq: 1, message: 'timeout' })).toBe(state);
    });

    it('a path answer arriving after the path was cleared is dropped', () => {
      let state = graphReducer(loaded(), { type: 'path/started', seq: 1 });
      state = graphReducer(state, { type: 'path/clear' });
      expect(graphReducer(state, { type: 'path/succeeded', seq: 1, paths: [pathView('x')] }).path.result).toEqual({
        status: 'idle',
      });
    });

    it('an expansion answer arriving after its node was collapsed (or re-asked) is dropped', () => {
      let state = graphReducer(loaded(), { type: 'expand/started', id: 'b', seq: 1 });
      state = graphReducer(state, { type: 'collapse', seedId: 'b' });
      expect(state.expanding).toEqual([]);
      const late = graphReducer(state, {
        type: 'expand/succeeded',
        seedId: 'b',
        seq: 1,
        subgraph: subgraph([node('late')], []),
      });
      expect(late.nodes.late).toBeUndefined();
      expect(late.expansions).toEqual([]);
      // Asked again: only the answer to the newer request counts.
      state = graphReducer(state, { type: 'expand/started', id: 'b', seq: 2 });
      state = graphReducer(state, {
        type: 'expand/succeeded',
        seedId: 'b',
        seq: 1,
        subgraph: subgraph([node('late')], []),
      });
      expect(state.nodes.late).toBeUndefined();
      expect(state.expanding).toEqual(['b']);
      state = graphReducer(state, {
        type: 'expand/succeeded',
        seedId: 'b',
        seq: 2,
        subgraph: subgraph([node('fresh')], []),
      });
      expect(state.nodes.fresh).toBeDefined();
      expect(state.expanding).toEqual([]);
    });

    it('a slow article load arriving after a retry is dropped', () => {
      let state = graphReducer(initialGraphState(), { type: 'load/started', seq: 1 });
      state = graphReducer(state, { type: 'load/started', seq: 2 });
      state = graphReducer(state, {
        type: 'load/succeeded',
        seq: 2,
        subgraph: subgraph([node('new')], []),
        claims: [],
      });
      const late = graphReducer(state, {
        type: 'load/succeeded',
        seq: 1,
        subgraph: subgraph([node('old')], []),
        claims: [],
      });
      expect(late).toBe(state);
      expect(graphReducer(state, { type: 'load/failed', seq: 1, message: 'boom' }).load).toEqual({ status: 'ready' });
    });
  });

  it('numbers focus and reader requests so repeats are seen', () => {
    const once = graphReducer(loaded(), { type: 'focus', id: 'a' });
    const twice = graphReducer(once, { type: 'focus', id: 'a' });
    expect(twice.focus!.seq).toBeGreaterThan(once.focus!.seq);
    const shown = graphReducer(twice, { type: 'reader/show', claimId: 'c1' });
    expect(shown.readerFocus).toEqual({ claimId: 'c1', seq: 1 });
  });

  it('throws on an unknown action instead of silently ignoring it', () => {
    expect(() => graphReducer(loaded(), { type: 'nope' } as never)).toThrow(/Unhandled case/);
  });
});

describe('focus mode and hidden nodes', () => {
  it('focus starts a fresh cut and asks the canvas to frame the node; hide drops its selection; show all clears both', () => {
    let state = initialGraphState({ hiddenNodes: ['us'], selection: { kind: 'node', id: 'qwen' } });
    state = graphReducer(state, { type: 'view/focus', id: 'qwen' });
    expect(state).toMatchObject({ focusedOn: 'qwen', hiddenNodes: [], focus: { id: 'qwen' } });
    state = graphReducer(state, { type: 'view/hide-node', id: 'qwen' });
    // Hiding the focused node ends focus mode rather than leaving an empty picture.
    expect(state).toMatchObject({ focusedOn: null, hiddenNodes: ['qwen'], selection: { kind: 'none' } });
    expect(graphReducer(state, { type: 'view/hide-node', id: 'qwen' })).toBe(state);
    state = graphReducer(state, { type: 'view/show-all' });
    expect(state).toMatchObject({ focusedOn: null, hiddenNodes: [] });
  });
});
