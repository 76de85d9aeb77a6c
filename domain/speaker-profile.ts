/**
 * A speaker's profile (docs/data-model.md, "Speaker profile"): what a person or organisation said, the
 * stances it took, how often it speaks about entities it is tied to, and who agrees or disagrees with it.
 * Counts, not scores; every list is bounded (LIMITS.MAX_PROFILE_*).
 */
import type { Claim } from './graph-types';

export interface StanceTaken {
  topicId: string;
  /** null when the claim is on the topic without taking one of its stances. */
  stance: string | null;
  claims: number;
}

/** An entity joined to the speaker by an interest edge (DEVELOPED, LEADS, FOUNDED, WORKS_AT; either direction). */
export interface SpeakerTie {
  entityId: string;
  /** The interest edges joining them, sorted by id. */
  edgeIds: string[];
  /** How many of the speaker's claims are about this entity. */
  claims: number;
}

/**
 * Another speaker and how many pairs (one claim of each) agree or disagree. Agree: SUPPORTS either way,
 * or the same stance of one topic. Disagree: CONTRADICTS either way, or different stances of one topic
 * about a shared subject (the `disputes` rule). A pair may count on both sides.
 */
export interface Counterpart {
  speakerId: string;
  agreements: number;
  disagreements: number;
}

export interface SpeakerProfile {
  speakerId: string;
  claimCount: number;
  /** Ordered by (sourceId, span.start, id); at most `first`. */
  claims: Claim[];
  /** Ordered by claims desc, topicId, stance (null last). */
  stances: StanceTaken[];
  /** Claims that are self-interested by the Claim.interest rule. */
  selfInterestedClaims: number;
  /** Ordered by claims desc, entityId. */
  ties: SpeakerTie[];
  /** Ordered by agreements + disagreements desc, speakerId. */
  counterparts: Counterpart[];
}
