/**
 * Whether the API answers, as one piece of state for the whole page. Every request goes through
 * `monitor.exchange`: a network-level failure (server stopped, connection refused, proxy error)
 * marks the API unreachable and remembers the operation; any answer from the server (data or
 * GraphQL errors) marks it online again. The banner reads this, so an outage is reported by
 * whichever request meets it first (search, a panel, an expansion, a path), not only the first
 * load. Kept outside React so the urql client and the banner share it without re-renders.
 */
import { makeOperation, type Client, type Exchange, type Operation, type OperationResult } from 'urql';
import { pipe, tap } from 'wonka';
import { assertNever } from '../state/graph-model';

export type Reachability = { status: 'online' } | { status: 'unreachable'; message: string };

export interface ReachabilityMonitor {
  current: () => Reachability;
  /** useSyncExternalStore-style: called after every change, returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /** Put this before the exchange that talks to the network. */
  exchange: Exchange;
  /** Runs again the failed queries that something still listens to (search box, panels, reader). */
  retryFailed: ({ client }: { client: Client }) => void;
  /** The API answered outside urql (the banner's readiness poll). */
  reportOnline: () => void;
}

const ONLINE: Reachability = { status: 'online' };

type Outcome = { kind: 'answered' } | { kind: 'network-error'; message: string } | { kind: 'none' };

function outcomeOf(result: OperationResult): Outcome {
  if (result.error?.networkError) return { kind: 'network-error', message: result.error.networkError.message };
  // Cached results say nothing about the server.
  if (result.operation.context.meta?.cacheOutcome === 'hit') return { kind: 'none' };
  if (result.data !== undefined || result.error) return { kind: 'answered' };
  return { kind: 'none' };
}

export function createReachabilityMonitor(): ReachabilityMonitor {
  let state: Reachability = ONLINE;
  const listeners = new Set<() => void>();
  // By operation key: the latest attempt of each failed operation, dropped once it succeeds.
  const failed = new Map<number, Operation>();
  const apply = (next: Reachability) => {
    if (next.status === state.status && (next.status === 'online' || next.message === (state as typeof next).message)) {
      return;
    }
    state = next;
    for (const listener of [...listeners]) listener();
  };
  // urql may deliver a result while a component renders (a cached or synchronous answer);
  // React forbids updating another component then, so changes land just after.
  const set = (next: Reachability) => queueMicrotask(() => apply(next));
  const observe = (result: OperationResult) => {
    const outcome = outcomeOf(result);
    switch (outcome.kind) {
      case 'network-error':
        failed.set(result.operation.key, result.operation);
        set({ status: 'unreachable', message: outcome.message });
        return;
      case 'answered':
        failed.delete(result.operation.key);
        set(ONLINE);
        return;
      case 'none':
        return;
      default:
        assertNever(outcome);
    }
  };
  return {
    current: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    exchange:
      ({ forward }) =>
      (operations$) =>
        pipe(forward(operations$), tap(observe)),
    reportOnline: () => set(ONLINE),
    retryFailed: ({ client }) => {
      const operations = [...failed.values()].filter((op) => op.kind === 'query');
      failed.clear();
      // urql ignores re-executions nobody subscribes to any more, so finished one-off loads
      // (the graph, expansions) are not replayed here; the banner reloads the graph itself.
      for (const op of operations) {
        client.reexecuteOperation(makeOperation('query', op, { ...op.context, requestPolicy: 'network-only' }));
      }
    },
  };
}
