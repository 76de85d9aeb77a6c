/** The records the weighing GraphQL types resolve from (codegen.ts maps them through server/graphql/mappers.ts). */
import type { Counterpart, SpeakerProfile, SpeakerTie, StanceTaken } from '../../domain/speaker-profile';
import type { Timeline, TimelineEntry } from '../../domain/timeline';
import type { ClaimInterest, Dispute, DisputePage, EdgeSupport } from '../../domain/weighing';

export type ClaimInterestRecord = ClaimInterest;
export type EdgeSupportRecord = EdgeSupport;
export type SupportSpeakerRecord = EdgeSupport['speakers'][number];
export type DisputeRecord = Dispute;
export interface DisputeEdgeRecord {
  cursor: string;
  node: Dispute;
}
export type DisputeConnectionRecord = DisputePage;
export type TimelineRecord = Timeline;
export type TimelineEntryRecord = TimelineEntry;
export type SpeakerProfileRecord = SpeakerProfile;
export type StanceTakenRecord = StanceTaken;
export type SpeakerTieRecord = SpeakerTie;
export type CounterpartRecord = Counterpart;
