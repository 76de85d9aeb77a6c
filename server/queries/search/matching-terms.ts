/**
 * Which terms of a sorted term list a query token can match under scoreToken() (search-scoring.ts):
 * exact, prefix, or -- for tokens of 4+ characters -- within maxEditsFor(|q|) edits of the whole term
 * or of its first |q| characters. The result is a superset of scoreToken() > 0 (the search re-scores
 * every candidate with scoreNames), never a subset.
 *
 * The sorted array is walked as an implicit trie: terms sharing a prefix are a contiguous range, so one
 * row of the edit-distance table per prefix serves every term below it, a row whose minimum is already
 * past the allowed edits prunes the whole range, and at depth |q| a row within the edits accepts the
 * whole range at once (the "fuzzy against the term's prefix" case). No trie nodes are allocated.
 */
import { maxEditsFor } from '../../domain/search-scoring';

/** First index in [lo, hi) for which `before` is false; `before` must be true-then-false over the range. */
function partitionPoint({ lo, hi, before }: { lo: number; hi: number; before: (index: number) => boolean }): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range of terms starting with `prefix` (terms sorted in code-unit order). */
export function prefixRange({ terms, prefix }: { terms: readonly string[]; prefix: string }): [number, number] {
  const lo = partitionPoint({ lo: 0, hi: terms.length, before: (i) => terms[i] < prefix });
  const hi = partitionPoint({ lo, hi: terms.length, before: (i) => terms[i].startsWith(prefix) });
  return [lo, hi];
}

/**
 * Calls onRange(lo, hi) for disjoint ranges of `terms` (sorted, distinct, non-empty) that together hold
 * every term the token may match. Rows are optimal-string-alignment distances, as in editDistance().
 */
export function forEachMatchingTermRange({
  terms,
  token,
  onRange,
}: {
  terms: readonly string[];
  token: string;
  onRange: (lo: number, hi: number) => void;
}): void {
  const m = token.length;
  const maxEdits = maxEditsFor(m);
  if (maxEdits === 0) {
    const [lo, hi] = prefixRange({ terms, prefix: token });
    if (lo < hi) onRange(lo, hi);
    return;
  }
  // A whole-term match needs |t| <= m + maxEdits; longer terms match only through their first m characters.
  const maxDepth = m + maxEdits;
  const query = Int32Array.from({ length: m }, (_, j) => token.charCodeAt(j));
  const rows = Array.from({ length: maxDepth + 1 }, () => new Int32Array(m + 1));
  for (let j = 0; j <= m; j++) rows[0][j] = j;

  // Every term in [lo, hi) shares its first `depth` code units; rows[depth] holds their distances to query[0..j).
  const walk = (lo: number, hi: number, depth: number): void => {
    const row = rows[depth];
    if (terms[lo].length === depth) {
      // The shared prefix is itself a term (it sorts first): a whole-term match if within the edits.
      if (row[m] <= maxEdits) onRange(lo, lo + 1);
      lo++;
      if (lo >= hi) return;
    }
    if (depth === m && row[m] <= maxEdits) {
      onRange(lo, hi);
      return;
    }
    if (depth >= maxDepth) return;
    let rowMin = row[0];
    for (let j = 1; j <= m; j++) if (row[j] < rowMin) rowMin = row[j];
    // Every later row is at least this minimum (a transposition costs as much as the diagonal it skips).
    if (rowMin > maxEdits) return;

    const next = rows[depth + 1];
    const before = depth > 0 ? rows[depth - 1] : null;
    const previousChar = depth > 0 ? terms[lo].charCodeAt(depth - 1) : -1;
    let start = lo;
    while (start < hi) {
      const char = terms[start].charCodeAt(depth);
      // End of this child's range (inlined binary search: this runs once per trie node visited).
      let end = start + 1;
      let top = hi;
      while (end < top) {
        const mid = (end + top) >>> 1;
        if (terms[mid].charCodeAt(depth) === char) end = mid + 1;
        else top = mid;
      }
      next[0] = depth + 1;
      for (let j = 1; j <= m; j++) {
        const cost = query[j - 1] === char ? 0 : 1;
        let value = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + cost);
        if (before !== null && j > 1 && query[j - 2] === char && query[j - 1] === previousChar) {
          value = Math.min(value, before[j - 2] + 1);
        }
        next[j] = value;
      }
      walk(start, end, depth + 1);
      start = end;
    }
  };
  if (terms.length > 0) walk(0, terms.length, 0);
}
