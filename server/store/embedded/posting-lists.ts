/**
 * String key -> ascending item numbers, packed for the per-state indexes of the embedded store: one
 * Map from key to slot plus two Int32Arrays (CSR offsets and items) instead of an array object per key,
 * which matters when most keys (a claim's unique words, a speaker's id) hold one or two items.
 */
export interface PostingLists {
  slotOf: ReadonlyMap<string, number>;
  /** Slot s holds items[start[s] .. start[s + 1]). */
  start: Int32Array;
  items: Int32Array;
}

const NONE = new Int32Array(0);

/** Items 0..count-1 in order; keysOf(item) lists the item's keys (duplicates are ignored). */
export function buildPostingLists({
  count,
  keysOf,
}: {
  count: number;
  keysOf: (item: number) => Iterable<string>;
}): PostingLists {
  const slotOf = new Map<string, number>();
  const pairSlots: number[] = [];
  const pairItems: number[] = [];
  const sizes: number[] = [];
  for (let item = 0; item < count; item++) {
    for (const key of new Set(keysOf(item))) {
      let slot = slotOf.get(key);
      if (slot === undefined) {
        slot = sizes.length;
        slotOf.set(key, slot);
        sizes.push(0);
      }
      sizes[slot]++;
      pairSlots.push(slot);
      pairItems.push(item);
    }
  }
  const start = new Int32Array(sizes.length + 1);
  for (let s = 0; s < sizes.length; s++) start[s + 1] = start[s] + sizes[s];
  const items = new Int32Array(pairItems.length);
  const fill = start.slice(0, sizes.length);
  // Pairs arrive in item order, so every slot's items come out ascending.
  for (let p = 0; p < pairItems.length; p++) items[fill[pairSlots[p]]++] = pairItems[p];
  return { slotOf, start, items };
}

/** The key's items (a view, not a copy); empty when the key is absent. */
export function postingsOf({ lists, key }: { lists: PostingLists; key: string }): Int32Array {
  const slot = lists.slotOf.get(key);
  return slot === undefined ? NONE : lists.items.subarray(lists.start[slot], lists.start[slot + 1]);
}

/** First index in [lo, hi) of an ascending array whose value is >= target. */
export function lowerBound({ values, target, lo = 0 }: { values: ArrayLike<number>; target: number; lo?: number }) {
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items present in every list (ascending lists in, ascending out): the shortest list probes the others. */
export function intersectPostings({ lists }: { lists: readonly Int32Array[] }): Int32Array {
  if (lists.length === 1) return lists[0];
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  const out = new Int32Array(shortest.length);
  const cursors = others.map(() => 0);
  let size = 0;
  outer: for (const item of shortest) {
    for (let o = 0; o < others.length; o++) {
      const at = lowerBound({ values: others[o], target: item, lo: cursors[o] });
      cursors[o] = at;
      if (at >= others[o].length) break outer;
      if (others[o][at] !== item) continue outer;
    }
    out[size++] = item;
  }
  return out.subarray(0, size);
}
