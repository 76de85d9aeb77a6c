/**
 * Finding a quote in a source text, shared by the loader (offsets omitted) and
 * `npm run seed:locate` (which writes them into the YAML). Offsets are UTF-16 code units.
 */
export type QuoteLookup =
  | { kind: 'found'; start: number; end: number }
  | { kind: 'not-found'; hint: string | null }
  | { kind: 'ambiguous'; starts: number[] }
  | { kind: 'occurrence-out-of-range'; count: number };

/** All start offsets of `quote` in `text` (overlapping matches included). */
export function allMatches({ text, quote }: { text: string; quote: string }): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

/** The unique match of `quote`, or the `occurrence`-th (1-based) when given. */
export function findQuote({
  text,
  quote,
  occurrence,
}: {
  text: string;
  quote: string;
  occurrence?: number;
}): QuoteLookup {
  const starts = allMatches({ text, quote });
  if (starts.length === 0) return { kind: 'not-found', hint: nearMissHint({ text, quote }) };
  if (occurrence !== undefined) {
    const start = starts[occurrence - 1];
    return start === undefined
      ? { kind: 'occurrence-out-of-range', count: starts.length }
      : { kind: 'found', start, end: start + quote.length };
  }
  if (starts.length > 1) return { kind: 'ambiguous', starts };
  const start = starts[0]!;
  return { kind: 'found', start, end: start + quote.length };
}

/** Human explanation of a failed lookup, for errors of the loader and of seed:locate. */
export function describeFailedLookup(lookup: Exclude<QuoteLookup, { kind: 'found' }>): string {
  switch (lookup.kind) {
    case 'not-found':
      return `quote does not occur in text.txt${lookup.hint ? ` (${lookup.hint})` : ''}; it must be copied verbatim`;
    case 'ambiguous':
      return (
        `quote occurs ${lookup.starts.length} times in text.txt (at ${lookup.starts.slice(0, 5).join(', ')}); ` +
        'give start/end, or add "occurrence: N" (1 = first) and run npm run seed:locate'
      );
    case 'occurrence-out-of-range':
      return `occurrence is larger than the ${lookup.count} match(es) of the quote in text.txt`;
    default: {
      const unreachable: never = lookup;
      return unreachable;
    }
  }
}

/** Typography that curators commonly retype differently from the article. */
const normalize = (s: string) =>
  s
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();

function nearMissHint({ text, quote }: { text: string; quote: string }): string | null {
  if (normalize(text).includes(normalize(quote))) {
    return 'a match exists when ignoring case, whitespace, curly quotes and dashes: copy the exact characters';
  }
  return null;
}

/** Shortens text for messages: `"first words..."`. */
export function shorten(text: string, max = 60): string {
  const oneLine = text.replace(/\n/g, '\\n');
  return JSON.stringify(oneLine.length > max ? `${oneLine.slice(0, max - 3)}...` : oneLine);
}
