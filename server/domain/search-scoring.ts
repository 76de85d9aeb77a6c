/**
 * Entity search ranking, shared by both stores so they rank identically.
 * The embedded store scores every entity; the Neo4j store asks its full-text index for
 * candidates (a superset: prefix `t*` and fuzzy `t~2` per token) and re-scores them here.
 */

/** Lower-case, strip accents, turn punctuation into spaces: "Tongyi Qiánwen (Qwen)" -> "tongyi qianwen qwen". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * Words a name is found by: its tokens plus the tokens run together ("01.AI" -> "01", "ai", "01ai"),
 * so "01ai" and "deepseekllm" still match.
 */
export function searchTermsOf(names: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const name of names) {
    const tokens = tokenize(name);
    tokens.forEach((t) => terms.add(t));
    if (tokens.length > 1) terms.add(tokens.join(''));
  }
  return [...terms];
}

/** Edits allowed for a fuzzy match of a query token of this length. */
export function maxEditsFor(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return 2;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, rows[i - 2][j - 2] + 1);
      }
      rows[i][j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length][b.length];
}

/** How well one query token matches one name term: 1 exact, 0.8 prefix, 0.6/0.5 fuzzy, 0 none. */
export function scoreToken(queryToken: string, term: string): number {
  if (queryToken === term) return 1;
  if (term.startsWith(queryToken)) return 0.8;
  const max = maxEditsFor(queryToken.length);
  if (max === 0) return 0;
  // Compare with the term's prefix too, so "tongy" ~ "tongyi qianwen" and "deepsek" ~ "deepseek".
  const distance = Math.min(
    editDistance(queryToken, term, max),
    editDistance(queryToken, term.slice(0, queryToken.length), max),
  );
  if (distance > max) return 0;
  return distance === 1 ? 0.6 : 0.5;
}

/** A name as scoring reads it: normalised once, with its search terms (an index can keep these per entity). */
export interface PreparedName {
  normalized: string;
  terms: readonly string[];
}

export const prepareNames = (names: readonly string[]): PreparedName[] =>
  names.map((name) => ({ normalized: normalizeText(name), terms: searchTermsOf([name]) }));

/**
 * Score an entity's names (name first, then aliases) against a query; 0 means no match.
 * Whole-name equality scores 1, whole-name prefix 0.9, otherwise the mean of each query
 * token's best term match scaled by 0.85 (every query token must match something).
 */
export function scoreNames({ query, names }: { query: string; names: readonly string[] }): number {
  return scorePreparedNames({ normalizedQuery: normalizeText(query), names: prepareNames(names) });
}

/**
 * scoreNames on a normalised query and prepared names. `tokenScore` must be scoreToken or give the same
 * values (the embedded search memoises it per query, as many candidates share terms).
 */
export function scorePreparedNames({
  normalizedQuery,
  names,
  tokenScore = scoreToken,
}: {
  normalizedQuery: string;
  names: readonly PreparedName[];
  tokenScore?: (queryToken: string, term: string) => number;
}): number {
  if (normalizedQuery === '') return 0;
  const queryTokens = normalizedQuery.split(' ');
  let best = 0;
  for (const { normalized, terms } of names) {
    if (normalized === normalizedQuery) return 1;
    if (normalized.startsWith(normalizedQuery)) {
      best = Math.max(best, 0.9);
      continue;
    }
    let total = 0;
    for (const token of queryTokens) {
      let tokenBest = 0;
      for (const term of terms) tokenBest = Math.max(tokenBest, tokenScore(token, term));
      if (tokenBest === 0) {
        total = 0;
        break;
      }
      total += tokenBest;
    }
    best = Math.max(best, Math.round((0.85 * total * 1000) / queryTokens.length) / 1000);
  }
  return best;
}

/** Ranking order of hits: score desc, then name, then id (plain code-unit comparison, same in Cypher). */
export function compareHits(
  a: { score: number; name: string; id: string },
  b: { score: number; name: string; id: string },
): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
