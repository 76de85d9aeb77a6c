/** Turns found pairs into the page both adapters return: order, cursor filter, page cut, cursors. */
import type { Claim } from '../../../domain/graph-types';
import type { Dispute, DisputePage, DisputeReason } from '../../../domain/weighing';
import type { DisputesArguments } from './arguments';
import { compareDisputeOrder, encodeDisputeCursor, type DisputeOrderKey } from './dispute-cursor';

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const REASON_ORDER: DisputeReason[] = ['CONTRADICTS', 'OPPOSITE_STANCES'];

/** A pair as an adapter found it; a.id < b.id. */
export interface FoundDispute {
  a: Claim;
  b: Claim;
  reasons: readonly string[];
  participantIds: readonly string[];
}

export function disputeOf({ found }: { found: FoundDispute }): Dispute {
  const bSubjects = new Set(found.b.subjectIds);
  return {
    a: found.a,
    b: found.b,
    reasons: REASON_ORDER.filter((r) => found.reasons.includes(r)),
    sharedSubjectIds: [...new Set(found.a.subjectIds.filter((s) => bSubjects.has(s)))].sort(compare),
    participantIds: [...new Set(found.participantIds)].sort(compare),
  };
}

const keyOf = (d: Dispute): DisputeOrderKey => ({ participants: d.participantIds.length, a: d.a.id, b: d.b.id });

/**
 * `all` is every dispute after which the page starts (unordered); `totalCount` (default all.length) counts
 * every dispute of the graph, before paging.
 */
export function pageOf({
  all,
  args,
  totalCount,
}: {
  all: Dispute[];
  args: DisputesArguments;
  totalCount?: number;
}): DisputePage {
  const ordered = [...all].sort((x, y) => compareDisputeOrder(keyOf(x), keyOf(y)));
  const after = args.after;
  const rest = after ? ordered.filter((d) => compareDisputeOrder(keyOf(d), after) > 0) : ordered;
  const disputes = rest.slice(0, args.first);
  return {
    disputes,
    cursors: disputes.map((d) => encodeDisputeCursor(keyOf(d))),
    hasNextPage: rest.length > args.first,
    totalCount: totalCount ?? all.length,
  };
}
