/**
 * Holds the one graph store and the actions that need the API (load, expand, add a node,
 * find paths). Components read state and call actions through useExplorer(). Every request a
 * newer one can supersede carries a sequence number (see graph-reducer.ts).
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useClient } from 'urql';
import { DEFAULT_SOURCE_ID } from '../api/api-config';
import { WIDE_EXPAND_LIMIT, loadNeighbourhood, loadPaths, loadSourcesGraph } from '../api/graph-loaders';
import { initialGraphState, type GraphAction, type GraphState } from './graph-reducer';
import { createGraphStore } from './graph-store';
import { formatUrlState, parseUrlState, urlStateOf, type UrlState } from './url-state';
import type { Selection } from './graph-model';

export interface ExplorerActions {
  reload: () => void;
  select: (selection: Selection) => void;
  /** Selects a node, adding it (and its close neighbours) first when it is not loaded, and centres it. */
  showNode: (id: string) => void;
  selectClaim: (claimId: string) => void;
  /** Opens the claim's own source in the reader at its quote (`sourceId` when the caller knows it). */
  showInArticle: (claimId: string, sourceId?: string) => void;
  expand: (id: string) => void;
  /** Expands again with the wide limit (the node's first expansion left nodes out). */
  expandFurther: (id: string) => void;
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
    tab: url.tab,
    focusedOn: url.focus,
    hiddenNodes: url.hideNode,
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
  const [store] = useState(() => createGraphStore({ initial: stateFromUrl(initialUrl) }));
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const dispatch = store.dispatch;
  const hydrated = useRef(false);

  const expand = useCallback(
    async (id: string, { wide = false }: { wide?: boolean } = {}) => {
      const now = store.getState();
      // Already expanded, or the same expansion in flight: nothing newer to ask for.
      if (now.expansions.some((e) => e.seedId === id) || now.expanding.includes(id)) return;
      const seq = store.nextSeq();
      dispatch({ type: 'expand/started', id, seq });
      try {
        const subgraph = await loadNeighbourhood({ client, ids: [id], ...(wide ? { limit: WIDE_EXPAND_LIMIT } : {}) });
        dispatch({ type: 'expand/succeeded', seedId: id, seq, subgraph, wide });
      } catch (error) {
        dispatch({ type: 'expand/failed', seedId: id, seq, message: message(error) });
      }
    },
    [client, store, dispatch],
  );

  // A node that is not drawn yet arrives as an expansion of itself, so it comes with its
  // neighbours (connected, not floating) and "Collapse" takes it away again.
  const ensureNode = useCallback(
    async (id: string) => {
      if (store.getState().nodes[id]) return;
      await expand(id);
    },
    [expand, store],
  );

  const findPaths = useCallback(
    async ({ from, to, viaClaims }: { from: string; to: string; viaClaims: boolean }) => {
      const seq = store.nextSeq();
      dispatch({ type: 'path/ends', from, to, viaClaims });
      dispatch({ type: 'path/started', seq });
      try {
        const { paths, subgraph } = await loadPaths({ client, from, to, viaClaims });
        dispatch({ type: 'path/succeeded', seq, paths, subgraph });
      } catch (error) {
        dispatch({ type: 'path/failed', seq, message: message(error) });
      }
    },
    [client, store, dispatch],
  );

  const load = useCallback(async () => {
    const seq = store.nextSeq();
    dispatch({ type: 'load/started', seq });
    try {
      const { subgraph, claims } = await loadSourcesGraph({ client, preferred: sourceId });
      dispatch({ type: 'load/succeeded', seq, subgraph, claims });
    } catch (error) {
      dispatch({ type: 'load/failed', seq, message: message(error) });
      return;
    }
    // A newer load (a retry, StrictMode's second mount) replays the link itself.
    if (hydrated.current || store.getState().requests.load !== null) return;
    // Replay what the link carried, in order, so expansions own the same nodes as before.
    for (const id of initialUrl.expand) await expand(id, { wide: initialUrl.wide.includes(id) });
    const selection = initialUrl.selection;
    if (selection.kind === 'node') await ensureNode(selection.id).catch(() => undefined);
    // Focus mode needs its node drawn (with its neighbours) to show anything.
    if (initialUrl.focus) await ensureNode(initialUrl.focus).catch(() => undefined);
    if (initialUrl.from && initialUrl.to) {
      await findPaths({ from: initialUrl.from, to: initialUrl.to, viaClaims: initialUrl.viaClaims });
    }
    // A linked node or edge is centred (an edge with both ends in view); in focus mode, its node.
    if (initialUrl.focus) dispatch({ type: 'focus', id: initialUrl.focus });
    else if (selection.kind === 'node' || selection.kind === 'edge') dispatch({ type: 'focus', id: selection.id });
    if (selection.kind === 'claim') dispatch({ type: 'reader/show', claimId: selection.id });
    hydrated.current = true;
  }, [client, sourceId, initialUrl, expand, ensureNode, findPaths, store, dispatch]);

  useEffect(() => {
    void load();
  }, [load]);

  // Every change of the shareable view is a history entry, so Back and Forward step through
  // selections, paths, expansions and tabs. While Back/Forward is being replayed (expansions
  // and paths take requests) the entry is rewritten instead of added.
  const restoring = useRef(0);
  useEffect(() => {
    if (!syncUrl || !hydrated.current) return;
    const search = formatUrlState({ state: urlStateOf({ state }) });
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (restoring.current > 0) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(window.history.state, '', url);
  }, [state, syncUrl]);

  useEffect(() => {
    if (!syncUrl) return;
    const onPopState = () => {
      const url = parseUrlState({ search: window.location.search });
      restoring.current += 1;
      void restoreFrom({ url }).finally(() => {
        restoring.current -= 1;
      });
    };
    const restoreFrom = async ({ url }: { url: UrlState }) => {
      dispatch({
        type: 'history/restore',
        selection: url.selection,
        hiddenTypes: url.hide,
        showClaims: url.showClaims,
        tab: url.tab,
        focusedOn: url.focus,
        hiddenNodes: url.hideNode,
      });
      // Expansions: undo the ones the entry does not have (newest first), then replay the missing ones in order.
      const now = store.getState();
      for (const e of [...now.expansions].reverse())
        if (!url.expand.includes(e.seedId)) dispatch({ type: 'collapse', seedId: e.seedId });
      for (const id of url.expand) await expand(id, { wide: url.wide.includes(id) });
      const path = store.getState().path;
      if (!url.from || !url.to) {
        if (path.from || path.to) dispatch({ type: 'path/clear' });
      } else if (url.from !== path.from || url.to !== path.to || url.viaClaims !== path.viaClaims) {
        await findPaths({ from: url.from, to: url.to, viaClaims: url.viaClaims });
      }
      if (url.focus) await ensureNode(url.focus).catch(() => undefined);
      const selection = url.selection;
      if (url.focus) dispatch({ type: 'focus', id: url.focus });
      else if (selection.kind === 'node' || selection.kind === 'edge') dispatch({ type: 'focus', id: selection.id });
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [syncUrl, dispatch, store, expand, ensureNode, findPaths]);

  const actions = useMemo<ExplorerActions>(
    () => ({
      reload: () => void load(),
      select: (selection) => dispatch({ type: 'select', selection }),
      showNode: (id) => {
        // expand() reports its own failures (expand/failed); selecting a node that did not
        // arrive is harmless (the panel says it is not loaded).
        void ensureNode(id).then(() => {
          dispatch({ type: 'select', selection: { kind: 'node', id } });
          dispatch({ type: 'focus', id });
        });
      },
      selectClaim: (claimId) => {
        dispatch({ type: 'select', selection: { kind: 'claim', id: claimId } });
        dispatch({ type: 'reader/show', claimId, sourceId: store.getState().claims[claimId]?.sourceId });
      },
      showInArticle: (claimId, sourceId) =>
        dispatch({ type: 'reader/show', claimId, sourceId: sourceId ?? store.getState().claims[claimId]?.sourceId }),
      expand: (id) => void expand(id),
      expandFurther: (id) => {
        // The narrow expansion gives way (with what it owned) to the wide one, as one more step.
        dispatch({ type: 'collapse', seedId: id });
        void expand(id, { wide: true });
      },
      collapse: (id) => dispatch({ type: 'collapse', seedId: id }),
      findPaths: (args) => void findPaths(args),
    }),
    [load, ensureNode, expand, findPaths, dispatch, store],
  );

  const value = useMemo(() => ({ state, dispatch, actions }), [state, dispatch, actions]);
  return <ExplorerContext.Provider value={value}>{children}</ExplorerContext.Provider>;
}
