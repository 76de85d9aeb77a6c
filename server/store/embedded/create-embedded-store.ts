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
import { applyBatch } from './embedded-write-batch';
import { claimInterest } from '../../queries/claim-interest/embedded';
import { claimsSupporting } from '../../queries/claim-supported-by/embedded';
import { disputes } from '../../queries/disputes/embedded';
import { edgeSupport } from '../../queries/edge-support/embedded';
import { speakerProfile } from '../../queries/speaker-profile/embedded';
import { timeline } from '../../queries/timeline/embedded';

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
    claimInterest: async ({ ids }) => claimInterest({ state: await current(), ids }),
    claimsSupporting: async ({ ids }) => claimsSupporting({ state: await current(), ids }),
    edgeSupport: async ({ ids }) => edgeSupport({ state: await current(), ids }),
    disputes: async (args) => disputes({ state: await current(), args }),
    timeline: async (args) => timeline({ state: await current(), args }),
    speakerProfile: async (args) => speakerProfile({ state: await current(), args }),
    writeBatch: async ({ batch }) => {
      await current();
      // Read `state` after the await and apply synchronously: concurrent writes then apply one after
      // the other, and no read can see a half-applied batch.
      const result = applyBatch({ state, batch });
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
