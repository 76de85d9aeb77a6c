/**
 * The plain records each GraphQL type resolves from (codegen.ts maps schema types to these), so
 * resolvers are typed against the domain records of server/domain/graph-types.ts, not against
 * the schema's output shapes.
 */
import type {
  Claim,
  ClaimPage,
  Edge,
  Entity,
  GraphNode,
  Path,
  SearchHit,
  SourceDocument,
  SourceSummary,
  Stats,
  Subgraph,
  Topic,
} from '../../domain/graph-types';

export type EntityRecord = Entity;
export type ClaimRecord = Claim;
export type EdgeRecord = Edge;
export type GraphNodeRecord = GraphNode;
export type SubgraphRecord = Subgraph;
export type PathRecord = Path;
export type SearchHitRecord = SearchHit;
export type TopicRecord = Topic;
export type StatsRecord = Stats;
export type ClaimConnectionRecord = ClaimPage;
/**
 * `sources` lists summaries (no text); `source(id)` returns the whole document; Claim.source returns a
 * reference (the claim already holds the id), so `source { id }` on a page of claims costs no store call —
 * it used to fetch every distinct source's whole text per request. Other fields load the document.
 */
export interface SourceRef {
  ref: true;
  id: string;
}
export type SourceRecord = SourceDocument | SourceSummary | SourceRef;
export interface ClaimEdgeRecord {
  cursor: string;
  node: Claim;
}
export interface TopicStanceRecord {
  topicId: string;
  id: string;
  label: string;
}
export interface SpeakerClaimsRecord {
  speakerId: string;
  claims: Claim[];
}
/** A fact edge seen from one end: `selfId` is the entity the field was asked on. */
export interface EdgeFromRecord {
  edge: Edge;
  selfId: string;
}
export type EntityRelationshipRecord = EdgeFromRecord;
export type ComparisonRecord = EdgeFromRecord;
export type AffiliationRecord = Edge;
export type EdgeEvidenceRecord = Edge;
export type ClaimSpanRecord = Claim;
export type {
  ClaimInterestRecord,
  DisputeConnectionRecord,
  DisputeEdgeRecord,
  DisputeRecord,
  EdgeSupportRecord,
  SupportSpeakerRecord,
  TimelineRecord,
  TimelineEntryRecord,
  SpeakerProfileRecord,
  StanceTakenRecord,
  SpeakerTieRecord,
  CounterpartRecord,
} from '../queries/weighing-records';
