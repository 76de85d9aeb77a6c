/**
 * Entity search on Neo4j: the full-text index proposes candidates, search-scoring.ts scores and ranks
 * them exactly as the embedded store does.
 */
import type { SearchHit } from '../../../domain/graph-types';
import { compareHits, scoreNames } from '../../domain/search-scoring';
import type { Neo4jExecutor } from '../../store/neo4j/neo4j-executor';
import { column, entityOf } from '../../store/neo4j/neo4j-records';
import type { SearchArgs } from './arguments';
import { luceneQueryOf } from './entity-search-text';

/**
 * How many index candidates are re-scored. Lucene orders them by its own relevance, which favours
 * exact and prefix hits as ours does, so the best MAX_SEARCH hits are among the first few hundred.
 */
const CANDIDATE_LIMIT = 1_000;

export async function searchEntities({ db, args }: { db: Neo4jExecutor; args: SearchArgs }): Promise<SearchHit[]> {
  const { text, types: allowedTypes, first: count } = args;
  const lucene = luceneQueryOf({ text });
  if (lucene === null || allowedTypes?.length === 0) return [];
  const rows = await db.read({
    name: 'search-entity-candidates',
    params: { lucene, types: allowedTypes ?? null, candidateLimit: CANDIDATE_LIMIT },
  });
  return column({ rows, name: 'entity' })
    .map((row) => entityOf({ row }))
    .map((entity) => ({ entity, score: scoreNames({ query: text, names: [entity.name, ...entity.aliases] }) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => compareHits({ ...a.entity, score: a.score }, { ...b.entity, score: b.score }))
    .slice(0, count);
}
