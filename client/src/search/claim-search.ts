/**
 * Finding quotes by their words. The API's claim text filter keeps claims containing *every*
 * word sent, so a question ("who said Qwen 72B is the king") must not send its question words
 * ("who", "said"), which the quote itself never contains. What is left is sent; the hits are
 * ranked here, because the API returns them in article order: a quote containing the typed
 * phrase first, then by how many typed words the quote (rather than only the summary) holds.
 */
import type { ClaimView } from '../state/graph-model';

/** Words that ask rather than describe; dropped from what is sent, kept for the phrase match. */
const QUESTION_PREFIX = /^(who|what|when|where)\s+(said|says|say|claimed|claims|thinks|did\s+\S+\s+say)\b\s*(that\s+)?/;
const FILLER = new Set([
  'who',
  'said',
  'says',
  'say',
  'what',
  'that',
  'the',
  'a',
  'an',
  'is',
  'are',
  'was',
  'were',
  'be',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'and',
  'or',
  'it',
  'its',
  'about',
  'did',
  'does',
  'do',
]);

/** Lower case, accents stripped, every run of non-letters/digits one space (as the API tokenises). */
export function normalizeWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface ClaimQuery {
  /** What to send as the claims filter's text ('' means: do not ask). */
  text: string;
  /** The typed words after the question prefix, for ranking. */
  words: string[];
  phrase: string;
}

export function claimQueryOf({ typed }: { typed: string }): ClaimQuery {
  const phrase = normalizeWords(typed).replace(QUESTION_PREFIX, '').trim();
  const words = phrase === '' ? [] : phrase.split(' ');
  const content = words.filter((w) => !FILLER.has(w));
  // A text made only of filler ("the", "is") would match half the article: ask nothing.
  return { text: [...new Set(content)].join(' '), words, phrase };
}

/** Best first; ties keep article order. */
export function rankClaims({ claims, query }: { claims: ClaimView[]; query: ClaimQuery }): ClaimView[] {
  const score = (claim: ClaimView) => {
    const quote = normalizeWords(claim.quote);
    const quoteWords = new Set(quote.split(' '));
    const summaryWords = new Set(normalizeWords(claim.summary).split(' '));
    let total = query.phrase && ` ${quote} `.includes(` ${query.phrase} `) ? 100 : 0;
    for (const word of query.words) total += quoteWords.has(word) ? 5 : summaryWords.has(word) ? 2 : 0;
    return total;
  };
  return claims
    .map((claim, index) => ({ claim, index, score: score(claim) }))
    .sort((a, b) => b.score - a.score || a.claim.span.start - b.claim.span.start || a.index - b.index)
    .map((entry) => entry.claim);
}

/** The quote shortened around the first typed word it contains, for a one-line result. */
export function quoteExcerpt({ quote, words, max = 90 }: { quote: string; words: string[]; max?: number }): string {
  if (quote.length <= max) return quote;
  const lower = quote.toLowerCase();
  const at =
    words
      .map((w) => lower.indexOf(w))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, Math.min(at - 20, quote.length - max));
  return `${start > 0 ? '…' : ''}${quote.slice(start, start + max).trim()}${start + max < quote.length ? '…' : ''}`;
}
