/**
 * The GraphStore contract: one suite, run against every adapter (embedded-store.test.ts,
 * neo4j-store.test.ts). Each test starts from reset() + the fixture of contract-fixture.ts.
 *
 * Semantics both adapters implement (beyond the doc comments of server/store/graph-store.ts):
 * - Strings compare by UTF-16 code units (JS `<`, Cypher ORDER BY). Node ids share one space
 *   across entities, claims and sources.
 * - Returned records are copies: mutating them never changes the store.
 * - Arguments arrive parsed: every read method takes the branded type of its query's schema
 *   (server/queries/<query>/arguments.ts), so the cases below build them with the same parse
 *   functions the resolvers use; the schemas' own bounds and messages are unit-tested in
 *   tests/unit/query-arguments.test.ts. writeBatch still rejects with InvalidArgumentError('batch').
 * - One file per query: tests/contract/<query>.contract.ts (lookups.contract.ts covers entity, claim
 *   and edge-evidence, which share the batched by-id lookups).
 * - search: text normalized by search-scoring; blank after normalization -> []; > MAX_TEXT_LENGTH -> error.
 * - neighbourhood: walks edges of `relationshipTypes` in both directions from the known seeds. A node
 *   whose type is not in `nodeTypes` is neither included nor walked through (seeds always included).
 *   Nodes sorted by (distance, id), cut at `limit`; truncated = something was cut; omittedNodes =
 *   min(cut count, COUNT_CAP). Edges: every edge of `relationshipTypes` whose two ends are included
 *   (not only the BFS tree), sorted by id. A non-seed node with more than LIMITS.HUB_DEGREE relationships
 *   (any type) is included but not walked through; `hubs` = such shown nodes the depth would have walked.
 * - shortestPaths: undirected. Every node of a path, ends included, is an entity, or a claim when
 *   viaClaims; never a Source (so a Source or, without viaClaims, a Claim endpoint gives []).
 *   from === to (walkable) -> [{ nodeIds: [from], edgeIds: [] }]. Parallel edges give distinct paths.
 *   Sorted by nodeIds sequence, then edgeIds sequence; the first `limit` are returned.
 *   Paths longer than maxHops -> [].
 * - findClaims: filter fields are ANDed; aboutId matches any subject; text = every token of
 *   tokenize(text) equals a token of tokenize(quote) or tokenize(summary); a text without tokens
 *   matches nothing (as such a text finds nothing in search). Cursor (server/store/claim-cursor.ts) = strictly after that order key, so it
 *   stays valid across writes. totalCount ignores paging.
 * - listSources: length = text.length (UTF-16), claimCount = claims whose span is in the source.
 * - writeBatch: checkBatch (server/store/check-batch.ts) first; a rejected batch writes nothing.
 *   Then, as in server/store/embedded/embedded-write-batch.ts: batch sources/topics/entities replace
 *   stored ones by id (entities are never deleted); stored claims of the batch's sources (or with an
 *   id in the batch) are replaced: absent ones are deleted with every edge touching them, present
 *   ones get their claim edges re-derived (server/store/batch-to-edges.ts); their ids leave the
 *   claimIds of stored fact edges; batch fact edges merge claimIds (union, sorted) and take the
 *   batch's role; fact edges left without claims are deleted. The summary counts the batch's records.
 * - applyCuration: removals (see server/store/graph-store.ts) then writeBatch, in one transaction.
 * - ping resolves when the store answers.
 */
import type { GraphStore } from '../../server/store/graph-store';
import { fixtureBatch } from './contract-fixture';
import { claimsContract } from './claims.contract';
import { entityRelationshipsContract } from './entity-relationships.contract';
import { lookupsContract } from './lookups.contract';
import { neighbourhoodContract } from './neighbourhood.contract';
import { neighbourhoodHubsContract } from './neighbourhood-hubs.contract';
import { searchContract } from './search.contract';
import { shortestPathsContract } from './shortest-paths.contract';
import { sourcesContract } from './sources.contract';
import { statsContract } from './stats.contract';
import { writeBatchContract } from './write-batch.contract';
import { claimInterestContract } from './claim-interest.contract';
import { disputesContract } from './disputes.contract';
import { edgeSupportContract } from './edge-support.contract';
import { speakerProfileContract } from './speaker-profile.contract';
import { timelineContract } from './timeline.contract';
import { applyCurationContract } from './apply-curation.contract';
import { reviewContract } from './review.contract';

export interface StoreHarness {
  store: GraphStore;
  /** Empty the store (the contract writes the fixture after every reset). */
  reset: () => Promise<void>;
  teardown: () => Promise<void>;
}

/** Sections receive this getter: `harness.store` is read on every use, so reset() may swap the instance. */
export type StoreGetter = () => GraphStore;

export function graphStoreContract({ name, setup }: { name: string; setup: () => Promise<StoreHarness> }): void {
  describe(`GraphStore contract: ${name}`, () => {
    let harness: StoreHarness | undefined;
    const store: StoreGetter = () => {
      if (!harness) throw new Error('contract setup() did not run');
      return harness.store;
    };

    beforeAll(async () => {
      harness = await setup();
    });
    afterAll(async () => {
      await harness?.teardown();
    });
    beforeEach(async () => {
      await harness!.reset();
      await store().writeBatch({ batch: fixtureBatch() });
    });

    lookupsContract({ store });
    entityRelationshipsContract({ store });
    searchContract({ store });
    neighbourhoodContract({ store });
    neighbourhoodHubsContract({ store });
    shortestPathsContract({ store });
    claimsContract({ store });
    sourcesContract({ store });
    statsContract({ store });
    writeBatchContract({ store });
    claimInterestContract({ store });
    edgeSupportContract({ store });
    disputesContract({ store });
    timelineContract({ store });
    speakerProfileContract({ store });
    applyCurationContract({ store });
    reviewContract({ store });
  });
}
