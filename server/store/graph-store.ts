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

/** What a curation write removes before it writes its batch (see GraphStore.applyCuration). */
export interface CurationRemovals {
  sourceIds: string[];
  claimIds: string[];
  entityIds: string[];
  factEdgeIds: string[];
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
