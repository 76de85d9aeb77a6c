/**
 * The timeline: claims (and the facts they assert) placed on a time axis where a date is known. Shared by
 * both stores and the client (which filters the graph to a period with the same interval rule).
 *
 * Placement of a claim (docs/data-model.md, "Timeline"):
 * - its date has an `iso` -> placed there (CLAIM_DATE);
 * - otherwise (a relative date, a date without a year, or no date at all) its source's `publishedAt`,
 *   when known -> placed there (SOURCE_DATE): the words were written, or reported, by then;
 * - otherwise, when the claim states a time that cannot be placed -> listed apart as `undated`;
 * - a claim stating no time in an undated source is not on the timeline at all.
 */
import type { Claim } from './graph-types';

export type TimelinePlacement = 'CLAIM_DATE' | 'SOURCE_DATE';

export interface TimelineEntry {
  /** ISO prefix (YYYY, YYYY-MM or YYYY-MM-DD). */
  at: string;
  placedBy: TimelinePlacement;
  claim: Claim;
}

export interface Timeline {
  /** Ordered by (start of `at`, `at`, claim id); at most `first`. */
  entries: TimelineEntry[];
  /** Dated entries in the period, before the cut. */
  totalCount: number;
  /** Claims with a time that cannot be placed, ordered by (sourceId, span.start, id); at most `first`. */
  undated: Claim[];
  undatedCount: number;
}

/** An ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD. */
export const ISO_PREFIX = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * First and last day an ISO prefix can mean, as comparable YYYY-MM-DD strings. "-31" for every month is
 * deliberate: only the order matters, and no real date falls between a month's last day and "-31".
 * cypher/get-timeline.cypher pads the same way.
 */
export const startOfIso = (iso: string): string => iso + '0000-01-01'.slice(iso.length);
export const endOfIso = (iso: string): string => iso + '9999-12-31'.slice(iso.length);

/** Does `at` (a prefix, i.e. an interval) overlap the period [from, to]? Either bound may be open. */
export function overlapsPeriod({ at, from, to }: { at: string; from: string | null; to: string | null }): boolean {
  return (from === null || endOfIso(at) >= startOfIso(from)) && (to === null || startOfIso(at) <= endOfIso(to));
}

/** Where a claim goes, given its source's publication date. */
export function placementOf({
  claim,
  publishedAt,
}: {
  claim: Pick<Claim, 'date'>;
  publishedAt: string | null;
}): { kind: 'dated'; at: string; placedBy: TimelinePlacement } | { kind: 'undated' } | { kind: 'absent' } {
  if (claim.date?.iso) return { kind: 'dated', at: claim.date.iso, placedBy: 'CLAIM_DATE' };
  if (publishedAt) return { kind: 'dated', at: publishedAt, placedBy: 'SOURCE_DATE' };
  return claim.date ? { kind: 'undated' } : { kind: 'absent' };
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export const compareTimelineEntries = (x: TimelineEntry, y: TimelineEntry): number =>
  compare(startOfIso(x.at), startOfIso(y.at)) || compare(x.at, y.at) || compare(x.claim.id, y.claim.id);
