/**
 * Plain records that cross the GraphStore port. Both adapters return exactly these shapes
 * (validated with zod in server/store/record-schemas.ts before they leave an adapter).
 */
import type {
  ClaimKind,
  DatePrecision,
  EntityType,
  FactRelationshipType,
  NodeType,
  RelationshipType,
} from './vocabulary';

/**
 * `proposed`: made by the extractor (npm run ingest), not yet checked by a curator. A record
 * without the field is `accepted`.
 */
export type ReviewState = 'proposed' | 'accepted';

/** A verbatim span of a source document. Offsets are UTF-16 code units, end exclusive. */
export interface SourceSpan {
  sourceId: string;
  start: number;
  end: number;
  /** Equals source.text.slice(start, end). */
  quote: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string;
  /** Where the entity is named in the sources (none only for a source author the text never names). */
  mentions: SourceSpan[];
  /** Absent means 'accepted'. */
  review?: ReviewState;
}

export interface ClaimDate {
  /** The words of the source ("as of July 9", "14 months ago"). */
  text: string;
  /** ISO 8601 prefix (YYYY, YYYY-MM or YYYY-MM-DD) when the year is known or inferred, else null. */
  iso: string | null;
  precision: DatePrecision;
  /** How `iso` was obtained. */
  basis: 'STATED' | 'INFERRED_FROM_PUBLICATION' | 'UNKNOWN_YEAR';
}

/** One structured number carried by a claim, chartable. */
export interface Figure {
  /** What is counted ("GenAI patent families filed 2014-2023"). */
  measure: string;
  /** The category within the measure ("China", "US average"). */
  label: string;
  value: number;
  /** "count", "percent", "parameters", "tokens", "downloads", "years", "months"... */
  unit: string;
  /** Figures sharing a chart id are drawn together. */
  chart: string | null;
  /** True when the source says "over", "more than". */
  isLowerBound: boolean;
}

export interface Claim {
  id: string;
  /** Exact words from the source. */
  quote: string;
  /** One-line paraphrase. */
  summary: string;
  kind: ClaimKind;
  speakerId: string;
  subjectIds: string[];
  span: SourceSpan;
  date: ClaimDate | null;
  topicId: string | null;
  stance: string | null;
  figures: Figure[];
  supportsIds: string[];
  contradictsIds: string[];
  /** Ids of the fact edges this claim asserts. */
  assertsEdgeIds: string[];
  /** Absent means 'accepted'. */
  review?: ReviewState;
}

export interface Topic {
  id: string;
  name: string;
  description: string;
  stances: { id: string; label: string }[];
}

export interface SourceDocument {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  /** ISO date prefix or null when the document does not say. */
  publishedAt: string | null;
  authorId: string | null;
  text: string;
}

/** Source without its text, for listings. */
export type SourceSummary = Omit<SourceDocument, 'text'> & { length: number; claimCount: number };

/**
 * An edge of the graph. Ids are stable: `${from}--${TYPE}--${to}` (slugs never contain `--`).
 * For fact edges `claimIds` lists the supporting claims; for claim edges it is the claim itself.
 */
export interface Edge {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  /** LEADS / WORKS_AT role, OUTPERFORMS criteria, etc. */
  role: string | null;
  claimIds: string[];
  /**
   * A fact edge: 'proposed' when every folder listing it proposed it. A claim edge (SAID, ABOUT...):
   * its claim's review, so a proposed claim's provenance is drawn as proposed too. Absent means 'accepted'.
   */
  review?: ReviewState;
}

export interface FactEdge extends Edge {
  type: FactRelationshipType;
}

/** A node as drawn: entities, claims and sources share this shape. */
export interface GraphNode {
  id: string;
  type: NodeType;
  /** Entity name, claim summary or source title. */
  label: string;
  /** The entity's or claim's review (sources have none); absent means 'accepted'. */
  review?: ReviewState;
}

export interface Subgraph {
  /** Sorted by (distance from the seeds, id). */
  nodes: GraphNode[];
  /** Sorted by id. Only edges whose both ends are in `nodes`. */
  edges: Edge[];
  truncated: boolean;
  /** Nodes reachable within the depth that were left out by the limit (counted up to COUNT_CAP). */
  omittedNodes: number;
  /**
   * Ids (sorted) of shown nodes with more than LIMITS.HUB_DEGREE relationships that the walk reached
   * and would have walked through within the depth, but did not (expand one to see its neighbours).
   */
  hubs: string[];
}

export interface Path {
  /** Node ids from `from` to `to`. */
  nodeIds: string[];
  /** Edge ids in walking order; edge i joins nodeIds[i] and nodeIds[i+1], in either direction. */
  edgeIds: string[];
}

export interface SearchHit {
  entity: Entity;
  /** 0 < score <= 1; see server/domain/search-scoring.ts. */
  score: number;
}

export interface ClaimFilter {
  speakerId?: string;
  aboutId?: string;
  topicId?: string;
  stance?: string;
  kind?: ClaimKind;
  sourceId?: string;
  /** Every word must occur as a whole word in the quote or the summary (case- and accent-insensitive). */
  text?: string;
  /** true: only reviewed claims (review absent or 'accepted'); false: only proposed ones. */
  reviewed?: boolean;
}

export interface ClaimPage {
  /** Ordered by (sourceId, span.start, id). */
  claims: Claim[];
  /** Opaque cursor of each claim, same order. */
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface Stats {
  nodes: { type: NodeType; count: number }[];
  relationships: { type: RelationshipType; count: number }[];
}
