/**
 * Every claim quote and entity mention is a verbatim span of its folder's text.txt. Given
 * offsets must slice exactly the quote; omitted offsets are computed when the quote occurs
 * exactly once (or an `occurrence` picks the match).
 */
import type { PathPart, SeedError } from '../loader/seed-errors';
import type { ClaimItem, EntityItem, SeedModel } from '../loader/seed-model';
import { errorAt, type LocatedItem } from '../loader/shape-check';
import { allMatches, describeFailedLookup, findQuote, shorten } from './find-quote';

export interface Offsets {
  start: number;
  end: number;
}

export interface ResolvedSpans {
  claims: Map<LocatedItem<ClaimItem>, Offsets>;
  /** One entry per mention, in file order. */
  mentions: Map<LocatedItem<EntityItem>, Offsets[]>;
}

export interface SpanInput {
  quote: string;
  start?: number | undefined;
  end?: number | undefined;
  occurrence?: number | undefined;
}

export type SpanCheck =
  { kind: 'ok'; offsets: Offsets } | { kind: 'error'; field: 'quote' | 'start' | 'end'; message: string };

export function resolveSpans({ model, errors }: { model: SeedModel; errors: SeedError[] }): ResolvedSpans {
  const resolved: ResolvedSpans = { claims: new Map(), mentions: new Map() };
  for (const folder of model.folders) {
    const text = folder.text;
    if (text === null) continue; // missing text.txt is reported once, not once per quote
    for (const claim of folder.claims) {
      const offsets = resolveOne({ item: claim, parts: [], span: claim.value, text, errors });
      if (offsets) resolved.claims.set(claim, offsets);
    }
    for (const entity of folder.entities) {
      const offsets = entity.value.mentions.map((mention, i) =>
        resolveOne({ item: entity, parts: ['mentions', i], span: mention, text, errors }),
      );
      if (offsets.every((o): o is Offsets => o !== null)) resolved.mentions.set(entity, offsets);
    }
  }
  return resolved;
}

function resolveOne({
  item,
  parts,
  span,
  text,
  errors,
}: {
  item: LocatedItem<unknown>;
  parts: PathPart[];
  span: SpanInput;
  text: string;
  errors: SeedError[];
}): Offsets | null {
  const check = checkSpan({ text, span });
  if (check.kind === 'ok') return check.offsets;
  errors.push(errorAt(item, [...parts, check.field], check.message));
  return null;
}

/** Pure check of one span against a text; exported for seed:locate --fix-all. */
export function checkSpan({ text, span }: { text: string; span: SpanInput }): SpanCheck {
  const { quote, start, end, occurrence } = span;
  if (start === undefined && end === undefined) {
    const lookup = findQuote({ text, quote, occurrence });
    return lookup.kind === 'found'
      ? { kind: 'ok', offsets: { start: lookup.start, end: lookup.end } }
      : { kind: 'error', field: 'quote', message: describeFailedLookup(lookup) };
  }
  if (start === undefined)
    return {
      kind: 'error',
      field: 'start',
      message: 'end is given without start: give both, or neither and run npm run seed:locate',
    };
  if (end === undefined)
    return {
      kind: 'error',
      field: 'end',
      message: 'start is given without end: give both, or neither and run npm run seed:locate',
    };
  if (start >= end)
    return { kind: 'error', field: 'end', message: `end (${end}) must be greater than start (${start})` };
  if (end > text.length) {
    return {
      kind: 'error',
      field: 'end',
      message: `out of range: end ${end} is past the end of text.txt (${text.length} UTF-16 code units)`,
    };
  }
  const actual = text.slice(start, end);
  if (actual === quote) return { kind: 'ok', offsets: { start, end } };
  const elsewhere = allMatches({ text, quote });
  const hint =
    elsewhere.length > 0
      ? `; the quote occurs at ${elsewhere.slice(0, 5).join(', ')}: fix the offsets (npm run seed:locate -- --fix-all)`
      : '; the quote does not occur anywhere in text.txt';
  return {
    kind: 'error',
    field: 'quote',
    message: `text.slice(${start}, ${end}) is ${shorten(actual)}, not the quote ${shorten(quote)}${hint}`,
  };
}
