/** findClaims on Neo4j: optional filters, keyset pagination on (sourceId, start, id), exact totalCount. */
import type { ClaimFilter, ClaimPage } from '../../../domain/graph-types';
import { tokenize } from '../../domain/search-scoring';
import { claimOrderKeyOf, decodeClaimCursor, encodeClaimCursor } from '../claim-cursor';
import { LIMITS, checkClaimKind, checkText, intInRange } from '../query-limits';
import type { Neo4jExecutor } from './neo4j-executor';
import { claimOf, column } from './neo4j-records';

/** " w1 w2 ... " of the quote and summary: whole-word tests become CONTAINS " w " (see find-claims.cypher). */
export function claimWordText({ quote, summary }: { quote: string; summary: string }): string {
  return ` ${[...tokenize(quote), ...tokenize(summary)].join(' ')} `;
}

/** `+"w1" +"w2"`: every word as an exact term of wordText. Words are letters and digits only (tokenize). */
export function claimWordsLucene({ words }: { words: readonly string[] }): string {
  return words.map((word) => `+"${word}"`).join(' ');
}

function filterParams({ filter }: { filter: ClaimFilter }) {
  const text = filter.text === undefined || filter.text === null ? '' : checkText({ argument: 'filter.text', text: filter.text });
  const idArgument = (name: keyof ClaimFilter) => {
    const value = filter[name];
    if (value === undefined || value === null) return null;
    return checkText({ argument: `filter.${name}`, text: value });
  };
  return {
    sourceId: idArgument('sourceId'),
    speakerId: idArgument('speakerId'),
    aboutId: idArgument('aboutId'),
    topicId: idArgument('topicId'),
    stance: idArgument('stance'),
    kind: checkClaimKind('filter.kind', filter.kind) ?? null,
    words: [...new Set(tokenize(text))],
  };
}

export async function findClaims({
  db,
  filter = {},
  first,
  after,
}: {
  db: Neo4jExecutor;
  filter?: ClaimFilter;
  first?: number;
  after?: string | null;
}): Promise<ClaimPage> {
  const pageSize = intInRange({ argument: 'first', value: first, min: 1, max: LIMITS.MAX_PAGE, fallback: LIMITS.DEFAULT_PAGE });
  const afterKey = after === undefined || after === null ? null : decodeClaimCursor({ cursor: after });
  const params = filterParams({ filter });
  // A speaker or subject filter is selective: start from that entity's edges instead of walking all claims;
  // else words start from the claim_word_text full-text index (exact terms = whole words).
  const viaEntity = params.speakerId !== null || params.aboutId !== null;
  const viaWords = !viaEntity && params.words.length > 0;
  const [pageName, countName] = viaEntity
    ? ['find-claims-of-entity', 'count-claims-of-entity']
    : viaWords
      ? ['find-claims-by-words', 'count-claims-by-words']
      : ['find-claims', 'count-claims'];
  const queryParams = { ...params, lucene: claimWordsLucene({ words: params.words }) };
  const [pageRows, countRows] = await Promise.all([
    db.read({
      name: pageName,
      params: { ...queryParams, after: afterKey, fromSourceId: afterKey?.sourceId ?? '', first: pageSize + 1 },
    }),
    db.read({ name: countName, params: queryParams }),
  ]);
  const claims = column({ rows: pageRows, name: 'claim' }).map((row) => claimOf({ row }));
  const page = claims.slice(0, pageSize);
  return {
    claims: page,
    cursors: page.map((claim) => encodeClaimCursor(claimOrderKeyOf(claim))),
    hasNextPage: claims.length > pageSize,
    totalCount: Number(countRows[0]?.total ?? 0),
  };
}
