/**
 * findClaims for the embedded store: filter, order by (sourceId, span.start, id), page strictly
 * after the cursor's order key. totalCount counts every claim matching the filter, ignoring paging.
 */
import type { Claim, ClaimFilter, ClaimPage } from '../../../domain/graph-types';
import { tokenize } from '../../domain/search-scoring';
import { claimOrderKeyOf, compareClaimOrder, decodeClaimCursor, encodeClaimCursor } from '../claim-cursor';
import { checkClaimKind, checkText, intInRange, LIMITS } from '../query-limits';
import { copyOf, type EmbeddedState } from './embedded-graph';

/** Turns a filter into a predicate, validating its fields (argument names are prefixed `filter.`). */
function claimPredicate({ filter }: { filter: ClaimFilter }): (claim: Claim) => boolean {
  const kind = checkClaimKind('filter.kind', filter.kind);
  const words = filter.text === undefined ? [] : tokenize(checkText({ argument: 'filter.text', text: filter.text }));
  return (claim) => {
    if (filter.speakerId !== undefined && claim.speakerId !== filter.speakerId) return false;
    if (filter.aboutId !== undefined && !claim.subjectIds.includes(filter.aboutId)) return false;
    if (filter.topicId !== undefined && claim.topicId !== filter.topicId) return false;
    if (filter.stance !== undefined && claim.stance !== filter.stance) return false;
    if (kind !== undefined && claim.kind !== kind) return false;
    if (filter.sourceId !== undefined && claim.span.sourceId !== filter.sourceId) return false;
    if (words.length > 0) {
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

export function findClaimsIn({
  state,
  filter = {},
  first,
  after,
}: {
  state: EmbeddedState;
  filter?: ClaimFilter;
  first?: number;
  after?: string | null;
}): ClaimPage {
  const pageSize = intInRange({ argument: 'first', value: first, min: 1, max: LIMITS.MAX_PAGE, fallback: LIMITS.DEFAULT_PAGE });
  const afterKey = after === undefined || after === null ? null : decodeClaimCursor({ cursor: after });
  const matches = claimPredicate({ filter });

  const matching = orderedClaims({ state }).filter(matches);
  const rest = afterKey === null ? matching : matching.filter((c) => compareClaimOrder(claimOrderKeyOf(c), afterKey) > 0);
  const page = rest.slice(0, pageSize);
  return {
    claims: page.map((c) => copyOf(c)),
    cursors: page.map((c) => encodeClaimCursor(claimOrderKeyOf(c))),
    hasNextPage: rest.length > pageSize,
    totalCount: matching.length,
  };
}
