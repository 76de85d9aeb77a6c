/**
 * Candidate names: runs of capitalised words ("Baidu USA CEO Robin Li", "Cyberspace Administration
 * of China", "SenseNova 5.5", "01.AI"), with their offsets. compromise tags decide whether a
 * sentence-initial capital is a name or just the first word ("Spending", "Analysts").
 */
import nlp from 'compromise';
import type { Span } from './draft-types';

export interface NameRun extends Span {
  text: string;
  /** The run ends in a possessive ("Alibaba’s"): the mark is not part of the name. */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.’'&-]*/gu;
const CONNECTORS = new Set(['of', 'for', 'de', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'al', 'bin']);
/** Capitalised words that are never part of a name (or start one). */
const NOT_NAME = new Set(
  (
    'The A An In On At By For From To Of And But Or If As So Not No It Its He She They We I You This That These Those ' +
    'There Here What When Where Why How Who Which While With Without After Before During Since Until Despite Although ' +
    'Meanwhile Similarly However Still Also Yet Then Now Today Yesterday Last Next Some Several Many Most Every Each ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December'
  ).split(' '),
);
/** Runs that are only these are not names. */
const GENERIC = new Set('AI LLM LLMs GenAI API GPU GPUs US-based Internet'.split(' '));
export const TITLE_WORDS = new Set(
  'CEO CTO CFO COO VP SVP EVP Chief Former Dr Dr. Mr Mr. Ms Ms. Mrs Mrs. Prof Prof. President Director Minister Senator Secretary Chairman Chairwoman Partner Analyst Head Founder Co-founder'.split(
    ' ',
  ),
);

// Titles break a run: "Baidu USA CEO Robin Li" is the company and the person, not one name.
const isCapitalised = (w: string) => (/^[\p{Lu}]/u.test(w) || /^\d+[.-]?\p{Lu}/u.test(w)) && !TITLE_WORDS.has(w);
const isVersion = (w: string) => /^\d+([.-]\d+)*[A-Za-z]{0,2}(-\d+[A-Za-z]{0,2})?$/.test(w);
const hasInnerCapitalOrDigit = (w: string) => /^.[\p{L}\p{N}]*[\p{Lu}\d]/u.test(w);

interface Token extends Span {
  word: string;
  possessive: boolean;
  /** Punctuation or more than one space before it. */
  broken: boolean;
  sentenceInitial: boolean;
}

function tokens({ text, span, sentenceStarts }: { text: string; span: Span; sentenceStarts: Set<number> }): Token[] {
  const out: Token[] = [];
  const body = text.slice(span.start, span.end);
  let prevEnd = span.start;
  for (const m of body.matchAll(WORD)) {
    let word = m[0];
    const start = span.start + m.index;
    let possessive = false;
    const poss = /[’']s$/.exec(word);
    if (poss && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    // "Tuesday." / "Lee," : keep dots inside "01.AI" or "5.5", not at the end.
    // "Helsinki-based", "China-based": the place is the name.
    if (/^\p{Lu}.*-based$/u.test(word)) {
      word = word.slice(0, -'-based'.length);
      possessive = true;
    }
    // "AI-driven", "state-backed": a modifier, not a name.
    if (/-(driven|powered|backed|led|owned|made|focused|style|like)$/.test(word)) word = word.toLowerCase();
    while (/[.’'&-]$/.test(word) && !/^(Dr|Mr|Ms|Mrs|Prof)\.$/.test(word)) word = word.slice(0, -1);
    if (!word) continue;
    const gap = text.slice(prevEnd, start);
    const initial =
      [...sentenceStarts].some((s) => s <= start && /^[\s“"‘'(—–-]*$/.test(text.slice(s, start))) ||
      /(^|[.!?:][”"’]?\s+|[“"‘]\s*)$/.test(text.slice(Math.max(0, start - 4), start));
    out.push({ word, start, end: start + word.length, possessive, broken: gap !== ' ', sentenceInitial: initial });
    prevEnd = start + m[0].length;
  }
  return out;
}

/** Capitalised runs in one sentence (or heading). */
export function nameRuns({
  text,
  span,
  sentenceStarts,
  knownFirstWords = new Set(),
}: {
  text: string;
  span: Span;
  sentenceStarts: Set<number>;
  /** First words of names the seed root already knows ("Lumen" of "Lumen Silicon"): never a common word. */
  knownFirstWords?: ReadonlySet<string>;
}): NameRun[] {
  const toks = tokens({ text, span, sentenceStarts });
  const runs: NameRun[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalised(toks[i]!.word)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && !toks[j]!.possessive) {
      const next = toks[j + 1]!;
      if (next.broken) break;
      if (isCapitalised(next.word) || (isVersion(next.word) && !/^(19|20)\d\d$/.test(next.word))) {
        j += 1;
        continue;
      }
      const after = toks[j + 2];
      if (CONNECTORS.has(next.word) && after && !after.broken && isCapitalised(after.word)) {
        j += 2;
        continue;
      }
      break;
    }
    let first = i;
    while (
      first <= j &&
      (NOT_NAME.has(toks[first]!.word) ||
        (toks[first]!.sentenceInitial &&
          !knownFirstWords.has(toks[first]!.word) &&
          commonWord({ word: toks[first]!.word, text })))
    )
      first += 1;
    // A run starts with a word, not with the "9" left of "July 9".
    while (first <= j && !isCapitalised(toks[first]!.word)) first += 1;
    let last = j;
    while (last >= first && (NOT_NAME.has(toks[last]!.word) || CONNECTORS.has(toks[last]!.word))) last -= 1;
    const words = toks.slice(first, last + 1).map((t) => t.word);
    if (last >= first && !words.every((w) => GENERIC.has(w) || isDemonym({ word: w }))) {
      const start = toks[first]!.start;
      const end = toks[last]!.end;
      runs.push({ start, end, text: text.slice(start, end), possessive: toks[last]!.possessive });
    }
    i = j + 1;
  }
  return runs;
}

/** "Dutch", "Chinese": adjectives of a place, not entities on their own. */
const isDemonym = ({ word }: { word: string }) => nlp(word).has('#Demonym') || nlp(word).has('#Language');

/** A sentence-initial capital that is a common word, unless the text also capitalises it mid-sentence. */
function commonWord({ word, text }: { word: string; text: string }): boolean {
  if (hasInnerCapitalOrDigit(word)) return false;
  const midSentence = new RegExp(`[\\p{L}\\p{N},] ${escapeRegExp(word)}\\b`, 'u');
  if (midSentence.test(text)) return false;
  // The text also writes it in lower case ("Port regulator …" / "the port of Rotterdam").
  if (new RegExp(`(?<![\\p{L}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}])`, 'u').test(text)) return true;
  const tags = (nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  if (tags.some((t) => ['ProperNoun', 'Place', 'Person', 'Organization'].includes(t))) return false;
  return tags.some((t) =>
    [
      'Verb',
      'Adverb',
      'Determiner',
      'Plural',
      'Pronoun',
      'Preposition',
      'Conjunction',
      'Adjective',
      'QuestionWord',
      'Uncountable',
    ].includes(t),
  );
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Case-, accent- and possessive-insensitive key for matching names and aliases. */
export function nameKey({ name }: { name: string }): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']s$/u, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function slugify({ text }: { text: string }): string {
  const s = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}
