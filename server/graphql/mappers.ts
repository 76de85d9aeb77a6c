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
import type { Counterpart, SpeakerProfile, SpeakerTie, StanceTaken } from '../../domain/speaker-profile';
import type { Timeline, TimelineEntry } from '../../domain/timeline';
import type { ClaimInterest, Dispute, DisputePage, EdgeSupport } from '../../domain/weighing';

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
export type ClaimEdgeRecord = CursorEdge<Claim>;
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
/** A connection's edge: a node and the cursor that pages after it. */
export interface CursorEdge<T> {
  cursor: string;
  node: T;
}

// Weighing (issue 10): the records are the domain's own types.
export type ClaimInterestRecord = ClaimInterest;
export type EdgeSupportRecord = EdgeSupport;
export type SupportSpeakerRecord = EdgeSupport['speakers'][number];
export type DisputeRecord = Dispute;
export type DisputeEdgeRecord = CursorEdge<Dispute>;
export type DisputeConnectionRecord = DisputePage;
export type TimelineRecord = Timeline;
export type TimelineEntryRecord = TimelineEntry;
export type SpeakerProfileRecord = SpeakerProfile;
export type StanceTakenRecord = StanceTaken;
export type SpeakerTieRecord = SpeakerTie;
export type CounterpartRecord = Counterpart;
