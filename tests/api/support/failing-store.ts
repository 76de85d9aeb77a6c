/** Store doubles for failure paths: every data method throws what `fail()` returns; close() works. */
import type { GraphStore } from '../../../server/store/graph-store';

export function failingStore({ fail, kind = 'neo4j' }: { fail: () => Error; kind?: GraphStore['kind'] }): GraphStore {
  const reject = async () => {
    throw fail();
  };
  return {
    kind,
    getEntities: reject,
    getClaims: reject,
    getEdges: reject,
    getFactEdgesOf: reject,
    search: reject,
    neighbourhood: reject,
    shortestPaths: reject,
    findClaims: reject,
    getSource: reject,
    listSources: reject,
    listTopics: reject,
    stats: reject,
    claimInterest: reject,
    claimsSupporting: reject,
    edgeSupport: reject,
    disputes: reject,
    timeline: reject,
    speakerProfile: reject,
    writeBatch: reject,
    applyCuration: reject,
    ping: reject,
    close: async () => undefined,
  };
}

/** Wraps a store and counts calls per method, to prove batching (no N+1). */
export function countingStore({ store }: { store: GraphStore }): { store: GraphStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const counted = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: counted, calls };
}
