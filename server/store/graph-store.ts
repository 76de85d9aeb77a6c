/**
 * The GraphStore port: the only way the GraphQL layer and the seed loader reach the graph.
 * Two adapters implement it (server/store/neo4j, server/store/embedded) and both must pass
 * tests/contract/graph-store-contract.ts. Ordering rules and limits are part of the contract.
 *
 * Arguments arrive parsed: each read method takes the branded type of its query's schema
 * (server/queries/<query>/arguments.ts), which has applied defaults and bounds, so passing unchecked
 * input does not compile and no adapter checks again. A store that cannot be reached throws
 * StoreUnavailableError; writeBatch rejects an inconsistent batch with InvalidArgumentError('batch').
 */
import type {
  Claim,
  ClaimPage,
  Edge,
  Entity,
  FactEdge,
  Path,
  SearchHit,
  SourceDocument,
  SourceSummary,
  Stats,
  Subgraph,
  Topic,
} from '../../domain/graph-types';
import type { GraphBatch } from '../../domain/graph-batch';
import type { IdBatch } from '../queries/argument-schemas';
import type { ClaimIdList } from '../queries/claim-ids';
import type { ClaimsArgs } from '../queries/claims/arguments';
import type { FactEdgesOfArgs } from '../queries/entity-relationships/arguments';
import type { NeighbourhoodArgs } from '../queries/neighbourhood/arguments';
import type { SearchArgs } from '../queries/search/arguments';
import type { ShortestPathsArgs } from '../queries/shortest-paths/arguments';
import type { SourceArgs } from '../queries/source/arguments';
import type { ClaimInterest, DisputePage, EdgeSupport } from '../../domain/weighing';
import type { DisputesArguments } from '../queries/disputes/arguments';
import type { SpeakerProfileArguments } from '../queries/speaker-profile/arguments';
import type { TimelineArguments } from '../queries/timeline/arguments';
import type { SpeakerProfile } from '../../domain/speaker-profile';
import type { Timeline } from '../../domain/timeline';

export type { GraphBatch };

export interface WriteSummary {
  entities: number;
  claims: number;
  factEdges: number;
  sources: number;
  topics: number;
}

/** What a curation write removes before it writes its batch (see GraphStore.applyCuration). */
export interface CurationRemovals {
  sourceIds: string[];
  claimIds: string[];
  entityIds: string[];
  factEdgeIds: string[];
}

export interface GraphStore {
  readonly kind: 'neo4j' | 'embedded';

  /** Batched lookup; result[i] belongs to ids[i], null when unknown. */
  getEntities(args: IdBatch): Promise<(Entity | null)[]>;
  /** Batched lookup; result[i] belongs to ids[i], null when unknown. */
  getClaims(args: IdBatch): Promise<(Claim | null)[]>;
  /** Batched lookup of edges by id; result[i] belongs to ids[i], null when unknown. */
  getEdges(args: IdBatch): Promise<(Edge | null)[]>;

  /**
   * Fact edges touching any of the entity ids (either direction), sorted by id. Per entity only the
   * first `limitPerEntity` edges by id count (1..MAX_FACT_EDGES_PER_ENTITY, default the maximum), so a
   * hub entity cannot make the answer unbounded.
   */
  getFactEdgesOf(args: FactEdgesOfArgs): Promise<FactEdge[]>;

  /**
   * Names and aliases, case- and accent-insensitive, prefix and fuzzy matching, ranked by
   * server/domain/search-scoring.ts (score desc, then name, then id). first: 1..MAX_SEARCH, default 10.
   */
  search(args: SearchArgs): Promise<SearchHit[]>;

  /** Breadth-first subgraph around the seed ids; unknown seed ids are ignored. */
  neighbourhood(args: NeighbourhoodArgs): Promise<Subgraph>;

  /** All shortest undirected paths, sorted by their node id sequences; [] when unconnected or unknown. */
  shortestPaths(args: ShortestPathsArgs): Promise<Path[]>;

  /** Claims ordered by (sourceId, span.start, id); first: 1..MAX_PAGE, default 20; after: a cursor from a previous page. */
  findClaims(args: ClaimsArgs): Promise<ClaimPage>;

  getSource(args: SourceArgs): Promise<SourceDocument | null>;
  /** Sorted by id. */
  listSources(): Promise<SourceSummary[]>;
  /** Sorted by id. */
  listTopics(): Promise<Topic[]>;
  /** Counts of every node type and relationship type in the vocabulary (zeros included), in vocabulary order. */
  stats(): Promise<Stats>;

  /**
   * Write a batch in one transaction. For every source in the batch its claims, the fact edges
   * and entities are upserted; claims of those sources that are absent from the batch are removed,
   * so loading the same batch twice changes nothing and editing one claim changes only that claim.
   */
  writeBatch(args: { batch: GraphBatch }): Promise<WriteSummary>;

  /**
   * Weighing claims (server/queries/*; rules in docs/data-model.md). Arguments arrive parsed and branded
   * by the query's arguments.ts, so these methods do not check them again.
   * claimInterest / edgeSupport: result[i] belongs to ids[i], null when unknown (edgeSupport: also for
   * provenance edges). claimsSupporting: result[i] lists the claims SUPPORTING ids[i].
   */
  claimInterest(args: { ids: ClaimIdList }): Promise<(ClaimInterest | null)[]>;
  claimsSupporting(args: { ids: ClaimIdList }): Promise<Claim[][]>;
  edgeSupport(args: { ids: ClaimIdList }): Promise<(EdgeSupport | null)[]>;
  disputes(args: DisputesArguments): Promise<DisputePage>;
  /** Claims placed on a time axis (domain/timeline.ts), the unplaceable ones apart; both lists cut at `first`. */
  timeline(args: TimelineArguments): Promise<Timeline>;
  /** What one entity said and who agrees with it (domain/speaker-profile.ts); null when the id is no entity. */
  speakerProfile(args: SpeakerProfileArguments): Promise<SpeakerProfile | null>;
  /**
   * The curation write (server/mutations): in ONE transaction, first remove records that left the seed
   * folders, then writeBatch(batch). Removal: the claims of `remove.sourceIds` and the claims named in
   * `remove.claimIds` leave every fact edge's claimIds (edges left without claims are deleted) and are
   * deleted with their edges; then the fact edges, entities and sources named are deleted with every
   * edge touching them. Unknown ids are ignored. A throw anywhere leaves the store as it was.
   */
  applyCuration(args: { batch: GraphBatch; remove: CurationRemovals }): Promise<WriteSummary>;

  /** Cheap round trip used by /readyz. Throws StoreUnavailableError. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
