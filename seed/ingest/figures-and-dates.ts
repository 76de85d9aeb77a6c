/**
 * Numbers with units ("30%", "$250 million", "67-billion parameter", "14 months") become figures;
 * the first date phrase of a claim ("in March", "by 2030", "July 9", "14 months ago") its date.
 */
import type { ClaimDate, Figure } from '../../domain/graph-types';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6 };
const NOUN_UNITS =
  'parameters?|tokens?|downloads?|months?|years?|weeks?|days?|employees|engineers|people|jobs|users|incidents|deliveries|patents|inventions|applications|LLMs|models|tonnes|metres|euros|dollars';
const FIGURE = new RegExp(
  `(more than|over|at least|up to|about|around|nearly|almost|less than)?\\s*([$€£])?(\\d[\\d,]*(?:\\.\\d+)?)(\\s*%|\\s+per ?cent|-?\\s*(?:thousand|million|billion|trillion|bn)\\b)?(?:[\\s-]+(${NOUN_UNITS})\\b)?`,
  'gi',
);

export function figuresOf({ quote, label }: { quote: string; label: string }): Figure[] {
  const figures: Figure[] = [];
  for (const m of quote.matchAll(FIGURE)) {
    const [whole, bound, currency, digits, scaleOrPercent, noun] = m;
    // The optional bound's \s* may have swallowed the space before the number: look past it.
    const before = quote[m.index + (whole.length - whole.trimStart().length) - 1] ?? ' ';
    // Part of a name or version (Yi-34B, GPT-4o, 5.5) or a bare year: not a figure.
    if (/[\p{L}\-.]/u.test(before) && !bound && !currency) continue;
    let value = Number(digits!.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const scale = scaleOrPercent?.trim().replace(/^-/, '').toLowerCase();
    const percent = !!scale && (scale === '%' || scale.startsWith('per'));
    if (!scale && !noun && !currency && /^(19|20)\d\d$/.test(digits!)) continue;
    if (!scale && !noun && !currency) continue;
    if (scale && SCALE[scale]) value *= SCALE[scale];
    const unit = percent
      ? 'percent'
      : currency
        ? { $: 'usd', '€': 'eur', '£': 'gbp' }[currency]!
        : noun
          ? pluralUnit(noun.toLowerCase())
          : 'count';
    figures.push({
      measure: whole.trim(),
      label,
      value,
      unit,
      chart: null,
      isLowerBound: !!bound && /more than|over|at least/i.test(bound),
    });
  }
  return figures.slice(0, 12);
}

const pluralUnit = (noun: string) => (noun.endsWith('s') ? noun : `${noun}s`);

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;

export function dateOf({ quote, publishedAt }: { quote: string; publishedAt: string | null }): ClaimDate | null {
  const pubYear = publishedAt ? Number(publishedAt.slice(0, 4)) : null;
  const pubMonth = publishedAt && publishedAt.length >= 7 ? Number(publishedAt.slice(5, 7)) : null;
  let m = new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`).exec(quote);
  if (m)
    return { text: m[0], iso: `${m[3]}-${pad(month(m[1]!))}-${pad(Number(m[2]))}`, precision: 'DAY', basis: 'STATED' };
  m = new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`).exec(quote);
  if (m)
    return { text: m[0], iso: `${m[3]}-${pad(month(m[2]!))}-${pad(Number(m[1]))}`, precision: 'DAY', basis: 'STATED' };
  m = new RegExp(`\\b(?:as of |on )?${MONTH} (\\d{1,2})\\b`).exec(quote);
  if (m) return inferred({ text: m[0], month: month(m[1]!), day: Number(m[2]), pubYear, pubMonth });
  m = new RegExp(`\\b(?:in |since |by |from )?(?:early |late |mid-)?${MONTH}(?: (\\d{4}))?\\b`).exec(quote);
  if (m && !/^May$/.test(m[0])) {
    if (m[2]) return { text: m[0], iso: `${m[2]}-${pad(month(m[1]!))}`, precision: 'MONTH', basis: 'STATED' };
    return inferred({ text: m[0], month: month(m[1]!), day: null, pubYear, pubMonth });
  }
  m = /\b(in|by|since|from|until|before|after) ((?:19|20)\d\d)\b/.exec(quote);
  if (m) return { text: m[0], iso: m[2]!, precision: 'YEAR', basis: 'STATED' };
  m =
    /\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (days?|weeks?|months?|years?) ago\b|\b(last|this|next) (week|month|year)\b|\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\brecently\b/i.exec(
      quote,
    );
  if (m)
    return {
      text: m[0],
      iso: null,
      precision: 'RELATIVE',
      basis: pubYear ? 'INFERRED_FROM_PUBLICATION' : 'UNKNOWN_YEAR',
    };
  return null;
}

function inferred({
  text,
  month: mo,
  day,
  pubYear,
  pubMonth,
}: {
  text: string;
  month: number;
  day: number | null;
  pubYear: number | null;
  pubMonth: number | null;
}): ClaimDate {
  const precision = day ? 'DAY' : 'MONTH';
  if (!pubYear) return { text, iso: null, precision, basis: 'UNKNOWN_YEAR' };
  // A month after the publication month was most likely last year's.
  const year = pubMonth && mo > pubMonth ? pubYear - 1 : pubYear;
  return {
    text,
    iso: day ? `${year}-${pad(mo)}-${pad(day)}` : `${year}-${pad(mo)}`,
    precision,
    basis: 'INFERRED_FROM_PUBLICATION',
  };
}

const month = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
const pad = (n: number) => String(n).padStart(2, '0');
