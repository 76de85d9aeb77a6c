/** findClaims on Neo4j: optional filters, keyset pagination on (sourceId, start, id), exact totalCount. */
import type { ClaimPage } from '../../../domain/graph-types';
import { tokenize } from '../../domain/search-scoring';
import { claimOrderKeyOf, encodeClaimCursor } from '../../store/claim-cursor';
import type { Neo4jExecutor, Row } from '../../store/neo4j/neo4j-executor';
import { claimOf, column } from '../../store/neo4j/neo4j-records';
import type { ClaimsArgs, ParsedClaimFilter } from './arguments';

/** " w1 w2 ... " of the quote and summary: whole-word tests become CONTAINS " w " (see find-claims.cypher). */
export function claimWordText({ quote, summary }: { quote: string; summary: string }): string {
  return ` ${[...tokenize(quote), ...tokenize(summary)].join(' ')} `;
}

/** `+"w1" +"w2"`: every word as an exact term of wordText. Words are letters and digits only (tokenize). */
export function claimWordsLucene({ words }: { words: readonly string[] }): string {
  return words.map((word) => `+"${word}"`).join(' ');
}

function filterParams({ filter }: { filter: ParsedClaimFilter }) {
  return {
    sourceId: filter.sourceId ?? null,
    speakerId: filter.speakerId ?? null,
    aboutId: filter.aboutId ?? null,
    topicId: filter.topicId ?? null,
    stance: filter.stance ?? null,
    kind: filter.kind ?? null,
    words: filter.words ?? [],
    reviewed: filter.reviewed ?? null,
  };
}

/** The named queries findClaims sends for these arguments (the benchmark's driver layer sends the same). */
export type ClaimQueries =
  | { kind: 'none' }
  | { kind: 'entity'; page: { name: string; params: Record<string, unknown> } }
  | {
      kind: 'scan';
      page: { name: string; params: Record<string, unknown> };
      count: { name: string; params: Record<string, unknown> };
    };

export function claimQueriesOf({ args }: { args: ClaimsArgs }): ClaimQueries {
  const { first: pageSize, after: afterKey } = args;
  // A text without words matches nothing (as in search), rather than silently filtering nothing.
  if (args.filter.words !== null && args.filter.words.length === 0) return { kind: 'none' };
  const params = filterParams({ filter: args.filter });
  const queryParams = { ...params, lucene: claimWordsLucene({ words: params.words }) };
  const pageParams = { ...queryParams, after: afterKey, fromSourceId: afterKey?.sourceId ?? '', first: pageSize + 1 };
  // A speaker or subject filter is selective: start from that entity's edges instead of walking all claims,
  // page and count in one query (page-claims-of-entity.cypher); else words start from the claim_word_text
  // full-text index (exact terms = whole words).
  if (params.speakerId !== null || params.aboutId !== null)
    return { kind: 'entity', page: { name: 'page-claims-of-entity', params: pageParams } };
  const words = params.words.length > 0;
  return {
    kind: 'scan',
    page: { name: words ? 'find-claims-by-words' : 'find-claims', params: pageParams },
    count: { name: words ? 'count-claims-by-words' : 'count-claims', params: queryParams },
  };
}

export async function findClaims({ db, args }: { db: Neo4jExecutor; args: ClaimsArgs }): Promise<ClaimPage> {
  const pageSize = args.first;
  const queries = claimQueriesOf({ args });
  switch (queries.kind) {
    case 'none':
      return { claims: [], cursors: [], hasNextPage: false, totalCount: 0 };
    case 'entity': {
      const [row] = await db.read(queries.page);
      return pageOf({ rows: (row?.claims as Row[] | undefined) ?? [], total: Number(row?.total ?? 0), pageSize });
    }
    case 'scan': {
      const [pageRows, countRows] = await Promise.all([db.read(queries.page), db.read(queries.count)]);
      return pageOf({
        rows: column({ rows: pageRows, name: 'claim' }),
        total: Number(countRows[0]?.total ?? 0),
        pageSize,
      });
    }
    default: {
      const unreachable: never = queries;
      throw new Error(`unhandled claim queries ${String(unreachable)}`);
    }
  }
}

function pageOf({ rows, total, pageSize }: { rows: Row[]; total: number; pageSize: number }): ClaimPage {
  const claims = rows.map((row) => claimOf({ row }));
  const page = claims.slice(0, pageSize);
  return {
    claims: page,
    cursors: page.map((claim) => encodeClaimCursor(claimOrderKeyOf(claim))),
    hasNextPage: claims.length > pageSize,
    totalCount: total,
  };
}
