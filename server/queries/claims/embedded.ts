/**
 * findClaims for the embedded store: filter, order by (sourceId, span.start, id), page strictly
 * after the cursor's order key. totalCount counts every claim matching the filter, ignoring paging.
 */
import type { Claim, ClaimPage } from '../../../domain/graph-types';
import { tokenize } from '../../domain/search-scoring';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import { claimOrderKeyOf, compareClaimOrder, encodeClaimCursor } from '../../store/claim-cursor';
import type { ClaimsArgs, ParsedClaimFilter } from './arguments';

/** Turns a parsed filter into a predicate. */
function claimPredicate({ filter }: { filter: ParsedClaimFilter }): (claim: Claim) => boolean {
  const { kind, words } = filter;
  // A text without words matches nothing (as in search), rather than silently filtering nothing.
  if (words !== null && words.length === 0) return () => false;
  return (claim) => {
    if (filter.speakerId !== undefined && claim.speakerId !== filter.speakerId) return false;
    if (filter.aboutId !== undefined && !claim.subjectIds.includes(filter.aboutId)) return false;
    if (filter.topicId !== undefined && claim.topicId !== filter.topicId) return false;
    if (filter.stance !== undefined && claim.stance !== filter.stance) return false;
    if (kind !== undefined && claim.kind !== kind) return false;
    if (filter.sourceId !== undefined && claim.span.sourceId !== filter.sourceId) return false;
    if (filter.reviewed !== undefined && (claim.review !== 'proposed') !== filter.reviewed) return false;
    if (words !== null) {
      const present = new Set([...tokenize(claim.quote), ...tokenize(claim.summary)]);
      if (!words.every((word) => present.has(word))) return false;
    }
    return true;
  };
}

/** Claims in page order, computed once per published state (states are immutable, see embedded-graph.ts). */
const orderedClaimsByState = new WeakMap<EmbeddedState, Claim[]>();

function orderedClaims({ state }: { state: EmbeddedState }): Claim[] {
  let ordered = orderedClaimsByState.get(state);
  if (!ordered) {
    ordered = [];
    state.graph.forEachNode((_id, record) => {
      if (record.kind === 'claim') ordered!.push(record.claim);
    });
    ordered.sort((a, b) => compareClaimOrder(claimOrderKeyOf(a), claimOrderKeyOf(b)));
    orderedClaimsByState.set(state, ordered);
  }
  return ordered;
}

export function findClaimsIn({ state, args }: { state: EmbeddedState; args: ClaimsArgs }): ClaimPage {
  const { first: pageSize, after: afterKey } = args;
  const matches = claimPredicate({ filter: args.filter });

  const matching = orderedClaims({ state }).filter(matches);
  const rest =
    afterKey === null ? matching : matching.filter((c) => compareClaimOrder(claimOrderKeyOf(c), afterKey) > 0);
  const page = rest.slice(0, pageSize);
  return {
    claims: page.map((c) => copyOf(c)),
    cursors: page.map((c) => encodeClaimCursor(claimOrderKeyOf(c))),
    hasNextPage: rest.length > pageSize,
    totalCount: matching.length,
  };
}
