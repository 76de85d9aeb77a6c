/**
 * The in-process GraphStore used when NEO4J_URI is unset (and by the fast tests). Same behaviour,
 * ordering, limits and errors as the Neo4j adapter: both pass tests/contract/graph-store-contract.ts.
 * Reads run against the current immutable state; writeBatch builds a new state and swaps it in.
 */
import type { GraphStore } from '../graph-store';
import { StoreUnavailableError } from '../../errors/api-errors';
import { claimsById } from '../../queries/claim/embedded';
import { findClaimsIn } from '../../queries/claims/embedded';
import { edgesById } from '../../queries/edge-evidence/embedded';
import { entitiesById } from '../../queries/entity/embedded';
import { factEdgesOf } from '../../queries/entity-relationships/embedded';
import { neighbourhoodOf } from '../../queries/neighbourhood/embedded';
import { searchEntities } from '../../queries/search/embedded';
import { shortestPathsBetween } from '../../queries/shortest-paths/embedded';
import { sourceById } from '../../queries/source/embedded';
import { sourceSummaries } from '../../queries/sources/embedded';
import { countsOf } from '../../queries/stats/embedded';
import { topicList } from '../../queries/topics/embedded';
import { emptyState, type EmbeddedState } from './embedded-graph';
import { removeRecords } from './embedded-remove-records';
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
    // Arguments arrive parsed (branded types of server/queries/<query>/arguments.ts); nothing is checked here.
    getEntities: async (args) => entitiesById({ state: await current(), args }),
    getClaims: async (args) => claimsById({ state: await current(), args }),
    getEdges: async (args) => edgesById({ state: await current(), args }),
    getFactEdgesOf: async (args) => factEdgesOf({ state: await current(), args }),
    search: async (args) => searchEntities({ state: await current(), args }),
    neighbourhood: async (args) => neighbourhoodOf({ state: await current(), args }),
    shortestPaths: async (args) => shortestPathsBetween({ state: await current(), args }),
    findClaims: async (args) => findClaimsIn({ state: await current(), args }),
    getSource: async (args) => sourceById({ state: await current(), args }),
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
