/**
 * Corroboration of one fact edge from its asserting claims (each already judged by the self-interest
 * rule): both adapters gather the same rows and this file counts them, so the answers cannot drift.
 */
import type { Claim } from '../../../domain/graph-types';
import { LIMITS } from '../../../domain/limits';
import type { EdgeSupport } from '../../../domain/weighing';

export interface SupportingClaim {
  id: string;
  speakerId: string;
  sourceId: string;
  selfInterested: boolean;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function summariseSupport({
  edgeId,
  supporting,
  contradictedBy,
}: {
  edgeId: string;
  supporting: readonly SupportingClaim[];
  /** Already sorted by id and bounded. */
  contradictedBy: Claim[];
}): EdgeSupport {
  // A speaker counts as independent when at least one of their asserting claims is not self-interested.
  const independentBySpeaker = new Map<string, boolean>();
  for (const claim of supporting) {
    independentBySpeaker.set(
      claim.speakerId,
      (independentBySpeaker.get(claim.speakerId) ?? false) || !claim.selfInterested,
    );
  }
  const speakers = [...independentBySpeaker.entries()]
    .map(([speakerId, independent]) => ({ speakerId, independent }))
    .sort((a, b) => compare(a.speakerId, b.speakerId));
  const independentSpeakers = speakers.filter((s) => s.independent).length;
  const sourceIds = [...new Set(supporting.map((c) => c.sourceId))].sort(compare);
  return {
    edgeId,
    claims: supporting.length,
    speakers: speakers.slice(0, LIMITS.MAX_SUPPORT_LIST),
    independentSpeakers,
    selfInterestedOnly: supporting.length > 0 && independentSpeakers === 0,
    sourceIds: sourceIds.slice(0, LIMITS.MAX_SUPPORT_LIST),
    contradictedBy,
  };
}
