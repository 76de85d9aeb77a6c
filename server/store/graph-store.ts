/**
 * The GraphStore port: the only way the GraphQL layer and the seed loader reach the graph.
 * Two adapters implement it (server/store/neo4j, server/store/embedded) and both must pass
 * tests/contract/graph-store-contract.ts. Ordering rules and limits are part of the contract.
 *
 * Every method validates its arguments with server/store/query-limits.ts and throws
 * InvalidArgumentError (naming the argument and the allowed range) before touching data;
 * a store that cannot be reached throws StoreUnavailableError.
 */
import type {
  Claim,
  ClaimFilter,
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
import type { EntityType, NodeType, RelationshipType } from '../../domain/vocabulary';
import type { ClaimInterest, DisputePage, EdgeSupport } from '../../domain/weighing';
import type { IdBatch } from '../queries/claim-ids';
import type { DisputesArguments } from '../queries/disputes/arguments';
import type { SpeakerProfileArguments } from '../queries/speaker-profile/arguments';
import type { TimelineArguments } from '../queries/timeline/arguments';
import type { SpeakerProfile } from '../../domain/speaker-profile';
import type { Timeline } from '../../domain/timeline';

/** A validated, self-consistent set of records produced by the seed loader. */
export interface GraphBatch {
  sources: SourceDocument[];
  topics: Topic[];
  entities: Entity[];
  factEdges: FactEdge[];
  claims: Claim[];
}

export interface WriteSummary {
  entities: number;
  claims: number;
  factEdges: number;
  sources: number;
  topics: number;
}

export interface NeighbourhoodArgs {
  ids: string[];
  /** 0..MAX_DEPTH, default DEFAULT_DEPTH. */
  depth?: number;
  /** Only traverse these; default: fact relationships plus SAID and ABOUT. */
  relationshipTypes?: RelationshipType[];
  /** Only include nodes of these types (the seeds are always included); default: all but Source. */
  nodeTypes?: NodeType[];
  /** 1..MAX_NODES, default DEFAULT_NODES. */
  limit?: number;
}

export interface ShortestPathsArgs {
  from: string;
  to: string;
  /** 1..MAX_HOPS, default DEFAULT_HOPS. */
  maxHops?: number;
  /** Default: all fact relationships (plus SAID and ABOUT when viaClaims). */
  relationshipTypes?: RelationshipType[];
  /** May a path walk through Claim nodes (speaker -SAID-> claim -ABOUT-> subject)? Default false. Never through Source. */
  viaClaims?: boolean;
  /** 1..MAX_PATHS, default MAX_PATHS. */
  limit?: number;
}

export interface GraphStore {
  readonly kind: 'neo4j' | 'embedded';

  /** Batched lookup; result[i] belongs to ids[i], null when unknown. */
  getEntities(args: { ids: readonly string[] }): Promise<(Entity | null)[]>;
  /** Batched lookup; result[i] belongs to ids[i], null when unknown. */
  getClaims(args: { ids: readonly string[] }): Promise<(Claim | null)[]>;
  /** Batched lookup of edges by id; result[i] belongs to ids[i], null when unknown. */
  getEdges(args: { ids: readonly string[] }): Promise<(Edge | null)[]>;

  /**
   * Fact edges touching any of the entity ids (either direction), sorted by id. Per entity only the
   * first `limitPerEntity` edges by id count (1..MAX_FACT_EDGES_PER_ENTITY, default the maximum), so a
   * hub entity cannot make the answer unbounded.
   */
  getFactEdgesOf(args: {
    ids: readonly string[];
    types?: RelationshipType[];
    limitPerEntity?: number;
  }): Promise<FactEdge[]>;

  /**
   * Names and aliases, case- and accent-insensitive, prefix and fuzzy matching, ranked by
   * server/domain/search-scoring.ts (score desc, then name, then id). first: 1..MAX_SEARCH, default 10.
   */
  search(args: { text: string; types?: EntityType[]; first?: number }): Promise<SearchHit[]>;

  /** Breadth-first subgraph around the seed ids; unknown seed ids are ignored. */
  neighbourhood(args: NeighbourhoodArgs): Promise<Subgraph>;

  /** All shortest undirected paths, sorted by their node id sequences; [] when unconnected or unknown. */
  shortestPaths(args: ShortestPathsArgs): Promise<Path[]>;

  /** Claims ordered by (sourceId, span.start, id); first: 1..MAX_PAGE, default 20; after: a cursor from a previous page. */
  findClaims(args: { filter?: ClaimFilter; first?: number; after?: string | null }): Promise<ClaimPage>;

  getSource(args: { id: string }): Promise<SourceDocument | null>;
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
  claimInterest(args: { ids: IdBatch }): Promise<(ClaimInterest | null)[]>;
  claimsSupporting(args: { ids: IdBatch }): Promise<Claim[][]>;
  edgeSupport(args: { ids: IdBatch }): Promise<(EdgeSupport | null)[]>;
  disputes(args: DisputesArguments): Promise<DisputePage>;
  /** Claims placed on a time axis (domain/timeline.ts), the unplaceable ones apart; both lists cut at `first`. */
  timeline(args: TimelineArguments): Promise<Timeline>;
  /** What one entity said and who agrees with it (domain/speaker-profile.ts); null when the id is no entity. */
  speakerProfile(args: SpeakerProfileArguments): Promise<SpeakerProfile | null>;

  /** Cheap round trip used by /readyz. Throws StoreUnavailableError. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
