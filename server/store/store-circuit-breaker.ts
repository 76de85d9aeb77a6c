/**
 * A circuit breaker around a GraphStore (the Neo4j one; start-store.ts wraps it). Once the store is
 * known to be down, calls fail at once with STORE_UNAVAILABLE and a retryAfter, instead of each
 * request paying the driver's connect timeouts and retries (6-8 s each before). A background probe
 * (store.ping) with backoff closes the breaker as soon as the store answers again, so recovery needs
 * no restart.
 *
 * - An 'unreachable' failure opens the breaker at once.
 * - A 'timeout' failure may be one slow query on a healthy server: it triggers a probe, and only a
 *   failed probe opens the breaker.
 */
import type { GraphStore } from './graph-store';
import { StoreUnavailableError } from '../errors/api-errors';

export type BreakerState =
  { kind: 'closed' } | { kind: 'open'; since: number; nextProbeAt: number; delayMs: number; cause: string };

export interface BreakerOptions {
  firstProbeDelayMs: number;
  maxProbeDelayMs: number;
  now: () => number;
  log: (line: string) => void;
}

export const DEFAULT_BREAKER_OPTIONS: BreakerOptions = {
  firstProbeDelayMs: 250,
  // Recovery shows within this (plus one ping) after the store is back.
  maxProbeDelayMs: 2_000,
  now: () => Date.now(),
  log: () => undefined,
};

export interface BrokenStore extends GraphStore {
  breakerState(): BreakerState;
}

const DATA_METHODS = [
  'getEntities',
  'getClaims',
  'getEdges',
  'getFactEdgesOf',
  'search',
  'neighbourhood',
  'shortestPaths',
  'findClaims',
  'getSource',
  'listSources',
  'listTopics',
  'stats',
  'writeBatch',
  'claimInterest',
  'claimsSupporting',
  'edgeSupport',
  'disputes',
  'timeline',
  'speakerProfile',
  'applyCuration',
] as const satisfies readonly (keyof GraphStore)[];

export function withCircuitBreaker({
  store,
  options = {},
}: {
  store: GraphStore;
  options?: Partial<BreakerOptions>;
}): BrokenStore {
  const { firstProbeDelayMs, maxProbeDelayMs, now, log } = { ...DEFAULT_BREAKER_OPTIONS, ...options };
  let state: BreakerState = { kind: 'closed' };
  let probeTimer: NodeJS.Timeout | undefined;
  let probing = false;
  let closed = false;

  const open = (cause: string) => {
    if (state.kind === 'open') return;
    log(`store unavailable (${cause}); failing fast and probing every ${firstProbeDelayMs}-${maxProbeDelayMs} ms`);
    state = { kind: 'open', since: now(), nextProbeAt: now() + firstProbeDelayMs, delayMs: firstProbeDelayMs, cause };
    schedule(firstProbeDelayMs);
  };

  const schedule = (delay: number) => {
    if (closed) return;
    clearTimeout(probeTimer);
    probeTimer = setTimeout(() => void probe(), delay);
    probeTimer.unref();
  };

  async function probe(): Promise<void> {
    if (probing || closed) return;
    probing = true;
    try {
      await store.ping();
      if (state.kind === 'open') log(`store answers again after ${now() - state.since} ms`);
      state = { kind: 'closed' };
    } catch (error) {
      const cause = error instanceof Error ? error.message.split('\n')[0] : String(error);
      if (state.kind === 'closed') {
        open(cause);
      } else {
        const delayMs = Math.min(state.delayMs * 2, maxProbeDelayMs);
        state = { ...state, delayMs, nextProbeAt: now() + delayMs, cause };
        schedule(delayMs);
      }
    } finally {
      probing = false;
    }
  }

  const refuse = (s: Extract<BreakerState, { kind: 'open' }>) => {
    const retryAfterMs = Math.max(s.nextProbeAt - now(), 0) + 100;
    return new StoreUnavailableError(
      `the graph store is unavailable (${s.cause}); retry in ${Math.ceil(retryAfterMs / 1000)} s`,
      {
        reason: 'unreachable',
        retryAfterMs,
      },
    );
  };

  const guard = async <T>(call: () => Promise<T>): Promise<T> => {
    if (state.kind === 'open') throw refuse(state);
    try {
      return await call();
    } catch (error) {
      if (error instanceof StoreUnavailableError) {
        if (error.reason === 'unreachable') open(error.message.split('\n')[0]);
        else void probe();
      }
      throw error;
    }
  };

  const wrapped = Object.fromEntries(
    DATA_METHODS.map((method) => [
      method,
      (args: never) => guard(() => (store[method] as (a: never) => Promise<unknown>)(args)),
    ]),
  ) as Pick<GraphStore, (typeof DATA_METHODS)[number]>;

  return {
    kind: store.kind,
    ...wrapped,
    // Readiness answers at once while the breaker is open; otherwise it asks the store (and may open it).
    ping: () => guard(() => store.ping()),
    close: async () => {
      closed = true;
      clearTimeout(probeTimer);
      await store.close();
    },
    breakerState: () => state,
  };
}
