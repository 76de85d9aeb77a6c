/**
 * What the Neo4j full-text index holds for an entity and how a search becomes a Lucene query.
 * The index only has to return a superset of the entities scoreNames() accepts; the adapter re-scores.
 *
 * scoreToken() accepts, per query token q: a term equal to q, a term starting with q, or (for q of 4+
 * characters) a term -- or the term's first |q| characters -- within maxEditsFor(|q|) edits. Lucene's
 * `q*` covers the first two and `q~n` the full-term fuzzy case; to cover "fuzzy against the term's
 * prefix", searchText also holds every prefix of 4+ characters of each term.
 */
import { maxEditsFor, normalizeText, searchTermsOf } from '../../domain/search-scoring';

/** Shortest query token scoreToken() matches fuzzily (maxEditsFor is 0 below it). */
const MIN_FUZZY_LENGTH = 4;

export function entitySearchText({ names }: { names: readonly string[] }): string {
  const words = new Set<string>();
  for (const term of searchTermsOf(names)) {
    words.add(term);
    for (let length = MIN_FUZZY_LENGTH; length < term.length; length++) words.add(term.slice(0, length));
  }
  return [...words].join(' ');
}

/**
 * `+(q* q~n) +(r* r~m) ... q^4 r^4`: every query token must match some term (scoreNames gives 0
 * otherwise); the optional exact-term clauses only raise Lucene's own score, so that when a short query
 * matches more entities than the adapter re-scores, exact words come first among the candidates.
 * Tokens are letters and digits only (normalizeText strips everything else), so nothing needs escaping;
 * the check below keeps it that way if normalizeText ever changes.
 */
export function luceneQueryOf({ text }: { text: string }): string | null {
  const normalized = normalizeText(text);
  if (normalized === '') return null;
  const tokens = normalized.split(' ');
  const required = tokens.map((token) => {
    if (!/^[\p{L}\p{N}]+$/u.test(token)) throw new Error(`search token "${token}" is not letters and digits`);
    const edits = maxEditsFor(token.length);
    return edits === 0 ? `+(${token}*)` : `+(${token}* ${token}~${edits})`;
  });
  const boosts = [...new Set(tokens)].map((token) => `${token}^4`);
  return [...required, ...boosts].join(' ');
}
