/**
 * The weighing operations (self-interest badge, disputes view), read from the .graphql files codegen
 * also reads. Kept apart from graphql-documents.ts so the weighing UI adds files instead of editing them;
 * Jest cannot load `?raw`, so client tests mock this module with the same files read through fs.
 */
import claimInterest from '../graphql/claim-interest.graphql?raw';
import disputes from '../graphql/disputes.graphql?raw';
import edgeSupport from '../graphql/edge-support.graphql?raw';
import speakerProfile from '../graphql/speaker-profile.graphql?raw';
import timeline from '../graphql/timeline.graphql?raw';

export const WEIGHING_DOCUMENTS = {
  ClaimInterest: claimInterest,
  Disputes: disputes,
  EdgeSupport: edgeSupport,
  Timeline: timeline,
  SpeakerProfile: speakerProfile,
} as const;
