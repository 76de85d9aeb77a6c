/**
 * findClaims for the embedded store: filter, order by (sourceId, span.start, id), page strictly
 * after the cursor's order key. totalCount counts every claim matching the filter, ignoring paging.
 * The word, speaker, subject, topic and source conditions intersect the per-state claim index
 * (claim-index.ts); stance, kind and review are tested on what is left.
 */
import type { Claim, ClaimPage } from '../../../domain/graph-types';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import { intersectPostings, lowerBound, postingsOf } from '../../store/embedded/posting-lists';
import { claimOrderKeyOf, compareClaimOrder, encodeClaimCursor, type ClaimOrderKey } from '../../store/claim-cursor';
import type { ClaimsArgs, ParsedClaimFilter } from './arguments';
import { claimIndexOf, type ClaimIndex } from './claim-index';

/** The conditions no index answers, as a predicate; null when there are none. */
function residualPredicate({ filter }: { filter: ParsedClaimFilter }): ((claim: Claim) => boolean) | null {
  const { stance, kind, reviewed } = filter;
  if (stance === undefined && kind === undefined && reviewed === undefined) return null;
  return (claim) =>
    (stance === undefined || claim.stance === stance) &&
    (kind === undefined || claim.kind === kind) &&
    (reviewed === undefined || (claim.review !== 'proposed') === reviewed);
}

/** Positions (in page order) of the claims matching the filter. */
function matchingPositions({ index, filter }: { index: ClaimIndex; filter: ParsedClaimFilter }): Int32Array {
  const { words } = filter;
  // A text without words matches nothing (as in search), rather than silently filtering nothing.
  if (words !== null && words.length === 0) return new Int32Array(0);
  const lists: Int32Array[] = (words ?? []).map((word) => postingsOf({ lists: index.byWord, key: word }));
  if (filter.speakerId !== undefined) lists.push(postingsOf({ lists: index.bySpeaker, key: filter.speakerId }));
  if (filter.aboutId !== undefined) lists.push(postingsOf({ lists: index.byAbout, key: filter.aboutId }));
  if (filter.topicId !== undefined) lists.push(postingsOf({ lists: index.byTopic, key: filter.topicId }));
  if (filter.sourceId !== undefined) lists.push(postingsOf({ lists: index.bySource, key: filter.sourceId }));
  const candidates = lists.length === 0 ? index.everyPosition : intersectPostings({ lists });
  const matches = residualPredicate({ filter });
  if (matches === null) return candidates;
  const kept = new Int32Array(candidates.length);
  let size = 0;
  for (const position of candidates) if (matches(index.ordered[position])) kept[size++] = position;
  return kept.subarray(0, size);
}

/** The first position in page order strictly after the cursor's key. */
function positionAfter({ index, afterKey }: { index: ClaimIndex; afterKey: ClaimOrderKey }): number {
  let lo = 0;
  let hi = index.ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareClaimOrder(claimOrderKeyOf(index.ordered[mid]), afterKey) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findClaimsIn({ state, args }: { state: EmbeddedState; args: ClaimsArgs }): ClaimPage {
  const { first: pageSize, after: afterKey } = args;
  const index = claimIndexOf({ state });
  const matching = matchingPositions({ index, filter: args.filter });
  const from = afterKey === null ? 0 : lowerBound({ values: matching, target: positionAfter({ index, afterKey }) });
  const page = Array.from(matching.subarray(from, from + pageSize), (position) => index.ordered[position]);
  return {
    claims: page.map((c) => copyOf(c)),
    cursors: page.map((c) => encodeClaimCursor(claimOrderKeyOf(c))),
    hasNextPage: matching.length - from > pageSize,
    totalCount: matching.length,
  };
}
