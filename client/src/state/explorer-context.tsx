/**
 * Holds the one graph reducer and the actions that need the API (load, expand, add a node,
 * find paths). Components read state and call actions through useExplorer().
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';
import { useClient } from 'urql';
import { DEFAULT_SOURCE_ID } from '../api/api-config';
import { loadArticleGraph, loadNeighbourhood, loadPaths } from '../api/graph-loaders';
import { graphReducer, initialGraphState, type GraphAction, type GraphState } from './graph-reducer';
import { formatUrlState, parseUrlState, urlStateOf, type UrlState } from './url-state';
import type { Selection } from './graph-model';

export interface ExplorerActions {
  reload: () => void;
  select: (selection: Selection) => void;
  /** Selects a node, adding it (and its close neighbours) first when it is not loaded, and centres it. */
  showNode: (id: string) => void;
  selectClaim: (claimId: string) => void;
  showInArticle: (claimId: string) => void;
  expand: (id: string) => void;
  collapse: (id: string) => void;
  findPaths: (args: { from: string; to: string; viaClaims: boolean }) => void;
}

interface ExplorerContextValue {
  state: GraphState;
  dispatch: React.Dispatch<GraphAction>;
  actions: ExplorerActions;
}

const ExplorerContext = createContext<ExplorerContextValue | null>(null);

export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error('useExplorer must be used inside <ExplorerProvider>');
  return value;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function stateFromUrl(url: UrlState): GraphState {
  return initialGraphState({
    selection: url.selection,
    hiddenTypes: url.hide,
    showClaims: url.showClaims,
    path: { from: url.from, to: url.to, viaClaims: url.viaClaims, result: { status: 'idle' } },
  });
}

export function ExplorerProvider({
  children,
  initialSearch,
  sourceId = DEFAULT_SOURCE_ID,
  syncUrl = true,
}: {
  children: ReactNode;
  initialSearch?: string;
  sourceId?: string;
  syncUrl?: boolean;
}) {
  const client = useClient();
  const initialUrl = useMemo(
    () => parseUrlState({ search: initialSearch ?? window.location.search }),
    // Read once: afterwards the state drives the URL, not the other way round.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const [state, reactDispatch] = useReducer(graphReducer, initialUrl, stateFromUrl);
  // The async actions need the state as of *now*, not as of the last render (a load and the
  // replay that follows it run before React re-renders), so every action is also applied here.
  const stateRef = useRef(state);
  const dispatch = useCallback((action: GraphAction) => {
    stateRef.current = graphReducer(stateRef.current, action);
    reactDispatch(action);
  }, []);
  const hydrated = useRef(false);

  const expand = useCallback(
    async (id: string) => {
      if (stateRef.current.expansions.some((e) => e.seedId === id)) return;
      dispatch({ type: 'expand/started', id });
      try {
        const subgraph = await loadNeighbourhood({ client, ids: [id] });
        dispatch({ type: 'expand/succeeded', seedId: id, subgraph });
      } catch (error) {
        dispatch({ type: 'expand/failed', seedId: id, message: message(error) });
      }
    },
    [client, dispatch],
  );

  // A node that is not drawn yet arrives as an expansion of itself, so it comes with its
  // neighbours (connected, not floating) and "Collapse" takes it away again.
  const ensureNode = useCallback(
    async (id: string) => {
      if (stateRef.current.nodes[id]) return;
      await expand(id);
    },
    [expand],
  );

  const findPaths = useCallback(
    async ({ from, to, viaClaims }: { from: string; to: string; viaClaims: boolean }) => {
      dispatch({ type: 'path/ends', from, to, viaClaims });
      dispatch({ type: 'path/started' });
      try {
        const { paths, subgraph } = await loadPaths({ client, from, to, viaClaims });
        dispatch({ type: 'nodes/add', subgraph });
        dispatch({ type: 'path/succeeded', paths });
      } catch (error) {
        dispatch({ type: 'path/failed', message: message(error) });
      }
    },
    [client, dispatch],
  );

  const load = useCallback(async () => {
    dispatch({ type: 'load/started' });
    try {
      const { subgraph, claims } = await loadArticleGraph({ client, sourceId });
      dispatch({ type: 'load/succeeded', subgraph, claims });
    } catch (error) {
      dispatch({ type: 'load/failed', message: message(error) });
      return;
    }
    if (hydrated.current) return;
    // Replay what the link carried, in order, so expansions own the same nodes as before.
    for (const id of initialUrl.expand) await expand(id);
    const selection = initialUrl.selection;
    if (selection.kind === 'node') await ensureNode(selection.id).catch(() => undefined);
    if (initialUrl.from && initialUrl.to) {
      await findPaths({ from: initialUrl.from, to: initialUrl.to, viaClaims: initialUrl.viaClaims });
    }
    // A linked node or edge is centred (an edge with both ends in view).
    if (selection.kind === 'node' || selection.kind === 'edge') dispatch({ type: 'focus', id: selection.id });
    if (selection.kind === 'claim') dispatch({ type: 'reader/show', claimId: selection.id });
    hydrated.current = true;
  }, [client, sourceId, initialUrl, expand, ensureNode, findPaths, dispatch]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (!syncUrl || !hydrated.current) return;
    const search = formatUrlState({ state: urlStateOf({ state }) });
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  }, [state, syncUrl]);

  const actions = useMemo<ExplorerActions>(
    () => ({
      reload: () => void load(),
      select: (selection) => dispatch({ type: 'select', selection }),
      showNode: (id) => {
        void ensureNode(id)
          .then(() => {
            dispatch({ type: 'select', selection: { kind: 'node', id } });
            dispatch({ type: 'focus', id });
          })
          .catch((error) => dispatch({ type: 'expand/failed', seedId: id, message: message(error) }));
      },
      selectClaim: (claimId) => {
        dispatch({ type: 'select', selection: { kind: 'claim', id: claimId } });
        dispatch({ type: 'reader/show', claimId });
      },
      showInArticle: (claimId) => dispatch({ type: 'reader/show', claimId }),
      expand: (id) => void expand(id),
      collapse: (id) => dispatch({ type: 'collapse', seedId: id }),
      findPaths: (args) => void findPaths(args),
    }),
    [load, ensureNode, expand, findPaths, dispatch],
  );

  const value = useMemo(() => ({ state, dispatch, actions }), [state, actions]);
  return <ExplorerContext.Provider value={value}>{children}</ExplorerContext.Provider>;
}
