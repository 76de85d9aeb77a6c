/**
 * The self-interest rule (docs/data-model.md, "Weighing claims"), applied to what an adapter found:
 * both stores fetch the speaker's ties to the subjects and hand them here, so the rule is written once.
 */
import type { FactEdge } from '../../../domain/graph-types';
import { LIMITS } from '../../../domain/limits';
import type { ClaimInterest } from '../../../domain/weighing';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The rule as a yes/no, for callers that only know whether some tie exists (edge support). */
export function isSelfInterested({
  claim,
  authorId,
  tied,
}: {
  claim: { speakerId: string; subjectIds: readonly string[] };
  authorId: string | null;
  tied: boolean;
}): boolean {
  if (authorId !== null && claim.speakerId === authorId) return false;
  return tied || claim.subjectIds.includes(claim.speakerId);
}

export function interestFrom({
  claim,
  authorId,
  ties,
}: {
  claim: { id: string; speakerId: string; subjectIds: readonly string[] };
  /** Author of the claim's source, null when unknown. */
  authorId: string | null;
  /** DEVELOPED/LEADS/FOUNDED/WORKS_AT edges joining the speaker and one of the subjects (any order). */
  ties: readonly FactEdge[];
}): ClaimInterest {
  // The author reports; an author's assertion is never self-interested by this rule.
  if (!isSelfInterested({ claim, authorId, tied: ties.length > 0 })) {
    return { claimId: claim.id, selfInterested: false, speakerIsSubject: false, because: [] };
  }
  const speakerIsSubject = claim.subjectIds.includes(claim.speakerId);
  const because = [...new Map(ties.map((edge) => [edge.id, edge])).values()]
    .sort(byId)
    .slice(0, LIMITS.MAX_INTEREST_EDGES);
  return { claimId: claim.id, selfInterested: true, speakerIsSubject, because };
}
