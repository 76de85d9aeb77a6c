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
/** `sources` lists summaries (no text); `source(id)` returns the whole document. */
export type SourceRecord = SourceDocument | SourceSummary;
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
