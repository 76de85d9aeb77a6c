/** Orders and cuts what an adapter found into the profile both stores return. */
import type { Claim } from '../../../domain/graph-types';
import { LIMITS } from '../../../domain/limits';
import type { Counterpart, SpeakerProfile, SpeakerTie, StanceTaken } from '../../../domain/speaker-profile';
import { compareClaimOrder, claimOrderKeyOf } from '../../store/claim-cursor';
import type { SpeakerProfileArguments } from './arguments';

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const compareNullLast = (x: string | null, y: string | null) =>
  x === y ? 0 : x === null ? 1 : y === null ? -1 : compare(x, y);

export function profileOf({
  args,
  claims,
  claimCount,
  stances,
  selfInterestedClaims,
  ties,
  counterparts,
}: {
  args: SpeakerProfileArguments;
  claims: Claim[];
  claimCount: number;
  stances: StanceTaken[];
  selfInterestedClaims: number;
  ties: SpeakerTie[];
  counterparts: Counterpart[];
}): SpeakerProfile {
  return {
    speakerId: args.id,
    claimCount,
    claims: [...claims].sort((a, b) => compareClaimOrder(claimOrderKeyOf(a), claimOrderKeyOf(b))).slice(0, args.first),
    stances: [...stances]
      .sort((a, b) => b.claims - a.claims || compare(a.topicId, b.topicId) || compareNullLast(a.stance, b.stance))
      .slice(0, LIMITS.MAX_PROFILE_LIST),
    selfInterestedClaims,
    ties: [...ties]
      .map((tie) => ({ ...tie, edgeIds: [...tie.edgeIds].sort(compare).slice(0, LIMITS.MAX_INTEREST_EDGES) }))
      .sort((a, b) => b.claims - a.claims || compare(a.entityId, b.entityId))
      .slice(0, LIMITS.MAX_PROFILE_LIST),
    counterparts: [...counterparts]
      .filter((c) => c.agreements + c.disagreements > 0)
      .sort(
        (a, b) =>
          b.agreements + b.disagreements - (a.agreements + a.disagreements) || compare(a.speakerId, b.speakerId),
      )
      .slice(0, LIMITS.MAX_PROFILE_LIST),
  };
}
