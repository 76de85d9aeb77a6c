/**
 * Bounds on every query: the one table that the argument schemas (server), the SDL documentation
 * and the client's own limits are built from.
 */
import { FACT_RELATIONSHIP_TYPES, NODE_TYPES, type NodeType, type RelationshipType } from './vocabulary';

export const LIMITS = {
  MAX_DEPTH: 3,
  DEFAULT_DEPTH: 1,
  /**
   * A client may ask a neighbourhood for this many nodes: what the explorer can still show (its
   * large-view path, client/src/graph/layout-for-size.ts, measured at 5,000 nodes in bench/browser).
   */
  MAX_NODES: 2000,
  /** The default stays small: a first view of 150 nodes still reads. */
  DEFAULT_NODES: 150,
  /** Subgraph.edges is cut here: twice MAX_NODES, the density the browser benchmark draws. */
  MAX_SUBGRAPH_EDGES: 4000,
  MAX_SEED_IDS: 50,
  MAX_HOPS: 6,
  DEFAULT_HOPS: 4,
  MAX_PATHS: 20,
  MAX_SEARCH: 50,
  DEFAULT_SEARCH: 10,
  MAX_PAGE: 100,
  DEFAULT_PAGE: 20,
  MAX_BATCH_IDS: 1000,
  /** getFactEdgesOf returns at most this many edges per entity (hubs like a country have thousands). */
  MAX_FACT_EDGES_PER_ENTITY: 200,
  MAX_TEXT_LENGTH: 200,
  /**
   * A node with more relationships than this (of any type) is a hub: a neighbourhood walk that reaches it
   * includes it but does not walk through it (Subgraph.hubs names it), so a country with 100k edges does
   * not make the neighbourhood of each of its neighbours read all of them. Seeds are always walked.
   */
  HUB_DEGREE: 1_000,
  /** omittedNodes is counted exactly up to this number, then reported as this number. */
  COUNT_CAP: 10_000,
  /** Claim.interest.because lists at most this many edges. */
  MAX_INTEREST_EDGES: 20,
  /** Claim.supportedBy and EdgeSupport.contradictedBy list at most this many claims each. */
  MAX_RELATED_CLAIMS: 50,
  /** EdgeSupport.speakers / statedIn list at most this many entries each. */
  MAX_SUPPORT_LIST: 50,
  /** disputes(first): page size. */
  MAX_DISPUTES: 50,
  DEFAULT_DISPUTES: 20,
  /** timeline(first): dated entries per answer; the undated list has the same cap. */
  MAX_TIMELINE: 200,
  DEFAULT_TIMELINE: 100,
  /** speakerProfile(first): claims listed; stances, ties and counterparts have their own caps. */
  MAX_PROFILE_CLAIMS: 100,
  DEFAULT_PROFILE_CLAIMS: 20,
  /** speakerProfile: stances, ties and counterparts (who agrees or disagrees) listed, each. */
  MAX_PROFILE_LIST: 50,
  /** Longest source text proposeSource/saveSource accept, in UTF-16 code units (200 kB of ASCII). */
  MAX_SOURCE_TEXT: 200_000,
  /** Most entities, claims or relationships one saved source may hold. */
  MAX_SOURCE_RECORDS: 2_000,
  /** Most claim ids one reviewClaims call may name. */
  MAX_REVIEW_IDS: 100,
  /** Source.history keeps (and shows) this many entries, newest first. */
  MAX_HISTORY: 100,
  /** Neo4j transaction timeout for reads, milliseconds. */
  READ_TIMEOUT_MS: 5_000,
} as const;

/** Relationship types a neighbourhood walks when the caller names none. */
export const DEFAULT_NEIGHBOURHOOD_RELATIONSHIPS: RelationshipType[] = [...FACT_RELATIONSHIP_TYPES, 'SAID', 'ABOUT'];
/** Node types a neighbourhood includes when the caller names none: Source would join everything. */
export const DEFAULT_NEIGHBOURHOOD_NODES: NodeType[] = NODE_TYPES.filter((t) => t !== 'Source');
