/** Claim.interest on the embedded store: the speaker's edges of the interest types that reach a subject. */
import type { FactEdge } from '../../../domain/graph-types';
import { INTEREST_RELATIONSHIP_TYPES, type ClaimInterest } from '../../../domain/weighing';
import type { Claim } from '../../../domain/graph-types';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { ClaimInterestIds } from './arguments';
import { interestFrom } from './interest-rule';

const INTEREST_TYPES: readonly string[] = INTEREST_RELATIONSHIP_TYPES;

export function interestOfClaim({ state, claim }: { state: EmbeddedState; claim: Claim }): ClaimInterest {
  const { graph } = state;
  const source = graph.hasNode(claim.span.sourceId) ? graph.getNodeAttributes(claim.span.sourceId) : null;
  const authorId = source?.kind === 'source' ? source.source.authorId : null;
  const ties: FactEdge[] = [];
  if (graph.hasNode(claim.speakerId)) {
    graph.forEachEdge(claim.speakerId, (_key, { edge }, from, to) => {
      const other = from === claim.speakerId ? to : from;
      if (INTEREST_TYPES.includes(edge.type) && other !== claim.speakerId && claim.subjectIds.includes(other)) {
        ties.push(copyOf(edge) as FactEdge);
      }
    });
  }
  return interestFrom({ claim, authorId, ties });
}

export function claimInterest({
  state,
  ids,
}: {
  state: EmbeddedState;
  ids: ClaimInterestIds;
}): (ClaimInterest | null)[] {
  return ids.map((id) => {
    const record = state.graph.hasNode(id) ? state.graph.getNodeAttributes(id) : null;
    return record?.kind === 'claim' ? interestOfClaim({ state, claim: record.claim }) : null;
  });
}
