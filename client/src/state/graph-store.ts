/**
 * The explorer's one store: the graph reducer applied once per action, its state readable at
 * any moment (the async actions need the state as of *now*: a load and the replay that follows
 * it run before React re-renders) and subscribed to by React through useSyncExternalStore.
 * Before this the reducer ran twice per action (once in useReducer, once for a shadow copy in
 * a ref), which doubled the work and could let the two copies drift.
 */
import { graphReducer, type GraphAction, type GraphState } from './graph-reducer';

export interface GraphStore {
  getState: () => GraphState;
  dispatch: (action: GraphAction) => void;
  subscribe: (listener: () => void) => () => void;
  /** A fresh, increasing sequence number for a request that a newer one may supersede. */
  nextSeq: () => number;
}

export function createGraphStore({ initial }: { initial: GraphState }): GraphStore {
  let state = initial;
  let seq = 0;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch: (action) => {
      const next = graphReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    nextSeq: () => ++seq,
  };
}
