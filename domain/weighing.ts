/**
 * "How much should I trust this?": records and rules for weighing claims, computed from relationships
 * the graph already holds and always returned with the evidence (edges, claims) behind them, never as a
 * score. Both stores implement the same rules (tests/contract/weighing-*.contract.ts); docs/data-model.md
 * states them in words.
 */
import type { Claim, FactEdge } from './graph-types';
import type { FactRelationshipType } from './vocabulary';

/**
 * A speaker tied to a subject by one of these fact relationships (one hop, either direction) is
 * talking about its own product, employer, employee, company or leader: self-interested.
 */
export const INTEREST_RELATIONSHIP_TYPES = [
  'DEVELOPED',
  'LEADS',
  'FOUNDED',
  'WORKS_AT',
] as const satisfies readonly FactRelationshipType[];

/** Why a claim is (or is not) self-interested. */
export interface ClaimInterest {
  claimId: string;
  /** speakerIsSubject || because.length > 0; always false when the speaker is the source's author. */
  selfInterested: boolean;
  /** The speaker is itself one of the claim's subjects. */
  speakerIsSubject: boolean;
  /** Fact edges of INTEREST_RELATIONSHIP_TYPES joining the speaker and a subject, sorted by id. */
  because: FactEdge[];
}

/** Who asserts a fact edge and how independent they are. */
export interface EdgeSupport {
  edgeId: string;
  /** How many claims assert the edge. */
  claims: number;
  /** Distinct speakers of those claims, sorted by id; independent = one of their asserting claims is not self-interested. */
  speakers: { speakerId: string; independent: boolean }[];
  independentSpeakers: number;
  /** True when the edge has claims and every one of them is self-interested. */
  selfInterestedOnly: boolean;
  /** Distinct sources of the asserting claims, sorted by id. */
  sourceIds: string[];
  /** Claims joined by CONTRADICTS (either direction) to an asserting claim, not themselves asserting it; sorted by id. */
  contradictedBy: Claim[];
}

export type DisputeReason = 'CONTRADICTS' | 'OPPOSITE_STANCES';

/** Two claims that disagree; `a.id < b.id`. */
export interface Dispute {
  a: Claim;
  b: Claim;
  reasons: DisputeReason[];
  /** Subjects both claims are about, sorted by id. */
  sharedSubjectIds: string[];
  /** Distinct speakers of a, b and the claims that SUPPORT a or b, sorted by id. */
  participantIds: string[];
}

export interface DisputePage {
  /** Ordered by participant count (desc), then a.id, then b.id. */
  disputes: Dispute[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}
