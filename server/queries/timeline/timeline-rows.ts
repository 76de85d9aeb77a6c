/** Turns what an adapter found into the answer both stores return: period filter, order, cut, counts. */
import type { Claim } from '../../../domain/graph-types';
import { compareClaimOrder, claimOrderKeyOf } from '../../store/claim-cursor';
import { compareTimelineEntries, overlapsPeriod, type Timeline, type TimelineEntry } from '../../../domain/timeline';
import type { TimelineArguments } from './arguments';

export function timelineOf({
  dated,
  undated,
  args,
  totalCount,
  undatedCount,
}: {
  /** Dated entries (already in the period, or not: filtered again here). */
  dated: TimelineEntry[];
  undated: Claim[];
  args: TimelineArguments;
  /** Counts before any cut made by the adapter (default: the lengths after filtering). */
  totalCount?: number;
  undatedCount?: number;
}): Timeline {
  const inPeriod = dated.filter((entry) => overlapsPeriod({ at: entry.at, from: args.from, to: args.to }));
  return {
    entries: [...inPeriod].sort(compareTimelineEntries).slice(0, args.first),
    totalCount: totalCount ?? inPeriod.length,
    undated: [...undated]
      .sort((a, b) => compareClaimOrder(claimOrderKeyOf(a), claimOrderKeyOf(b)))
      .slice(0, args.first),
    undatedCount: undatedCount ?? undated.length,
  };
}
