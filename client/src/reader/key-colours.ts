/**
 * Highlight colours that tell keys (speakers, stances) apart. A hash into a short palette gave
 * the author and the UN the same blue; here each key of the article gets its own palette entry,
 * in a fixed order (most claims first, then by id), so the same article is always coloured
 * alike and no two of up to PALETTE.length keys share a colour.
 */
export const KEY_PALETTE = [
  '#ffe08a', // yellow
  '#a8d8ff', // blue
  '#b9efb0', // green
  '#ffc2d9', // pink
  '#d9c8ff', // lavender
  '#ffcf9e', // orange
  '#a7ece3', // teal
  '#f5b5b5', // red
  '#e2e69a', // olive
  '#c9d3e0', // slate
  '#e8c9a8', // tan
  '#d6f5a3', // lime
];
export const NO_KEY_COLOUR = '#e6e6e6';

/** key → colour; `counts` says how often each key occurs (the busiest gets the first colour). */
export function keyColours({ counts }: { counts: Map<string, number> }): Map<string, string> {
  const ordered = [...counts.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([key]) => key);
  // Past the palette (a long article), colours repeat, but never among the busiest keys.
  return new Map(ordered.map((key, i) => [key, KEY_PALETTE[i % KEY_PALETTE.length]]));
}

export interface KeyEntry {
  key: string;
  label: string;
  colour: string;
  count: number;
}

/** The key's entries (what the colour key lists), in colour order, from (key, label) pairs. */
export function keyEntries({ items }: { items: { key: string; label: string }[] }): KeyEntry[] {
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const { key, label } of items) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    labels.set(key, label);
  }
  const colours = keyColours({ counts });
  return [...colours.entries()].map(([key, colour]) => ({
    key,
    colour,
    label: labels.get(key) ?? key,
    count: counts.get(key) ?? 0,
  }));
}
