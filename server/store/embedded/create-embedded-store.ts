/**
 * The in-process GraphStore used when NEO4J_URI is unset (and by the fast tests). Same behaviour,
 * ordering, limits and errors as the Neo4j adapter: both pass tests/contract/graph-store-contract.ts.
 * Reads run against the current immutable state; writeBatch builds a new state and swaps it in.
 */
import type { GraphStore } from '../graph-store';
import { StoreUnavailableError } from '../store-errors';
import { findClaimsIn } from './embedded-claims-query';
import { emptyState, type EmbeddedState } from './embedded-graph';
import {
  claimsById,
  countsOf,
  edgesById,
  entitiesById,
  factEdgesOf,
  sourceById,
  sourceSummaries,
  topicList,
} from './embedded-lookups';
import { neighbourhoodOf } from './embedded-neighbourhood';
import { searchEntities } from './embedded-search';
import { shortestPathsBetween } from './embedded-shortest-paths';
import { removeRecords } from './embedded-remove-records';
import { applyBatch } from './embedded-write-batch';

export function createEmbeddedStore(): GraphStore {
  let state: EmbeddedState = emptyState();
  let closed = false;
  // Every method goes through here so a closed store fails like an unreachable database would.
  const current = async (): Promise<EmbeddedState> => {
    if (closed) throw new StoreUnavailableError('embedded store: already closed');
    return state;
  };

  return {
    kind: 'embedded',
    getEntities: async ({ ids }) => entitiesById({ state: await current(), ids }),
    getClaims: async ({ ids }) => claimsById({ state: await current(), ids }),
    getEdges: async ({ ids }) => edgesById({ state: await current(), ids }),
    getFactEdgesOf: async ({ ids, types, limitPerEntity }) =>
      factEdgesOf({ state: await current(), ids, types, limitPerEntity }),
    search: async ({ text, types, first }) => searchEntities({ state: await current(), text, types, first }),
    neighbourhood: async (args) => neighbourhoodOf({ state: await current(), args }),
    shortestPaths: async (args) => shortestPathsBetween({ state: await current(), args }),
    findClaims: async ({ filter, first, after }) => findClaimsIn({ state: await current(), filter, first, after }),
    getSource: async ({ id }) => sourceById({ state: await current(), id }),
    listSources: async () => sourceSummaries({ state: await current() }),
    listTopics: async () => topicList({ state: await current() }),
    stats: async () => countsOf({ state: await current() }),
    writeBatch: async ({ batch }) => {
      await current();
      // Read `state` after the await and apply synchronously: concurrent writes then apply one after
      // the other, and no read can see a half-applied batch.
      const result = applyBatch({ state, batch });
      state = result.state;
      return result.summary;
    },
    applyCuration: async ({ batch, remove }) => {
      await current();
      // Both steps work on copies; only the final state is published, so readers see all or nothing.
      const result = applyBatch({ state: removeRecords({ state, remove }), batch });
      state = result.state;
      return result.summary;
    },
    ping: async () => {
      await current();
    },
    close: async () => {
      closed = true;
    },
  };
}
