/**
 * Entity search on Neo4j: the full-text index proposes candidates, search-scoring.ts scores and ranks
 * them exactly as the embedded store does.
 */
import type { SearchHit } from '../../../domain/graph-types';
import { compareHits, scoreNames } from '../../domain/search-scoring';
import type { EntityType } from '../../../domain/vocabulary';
import { LIMITS, checkEntityTypes, checkText, intInRange } from '../query-limits';
import { luceneQueryOf } from './entity-search-text';
import type { Neo4jExecutor } from './neo4j-executor';
import { column, entityOf } from './neo4j-records';

/**
 * How many index candidates are re-scored. Lucene orders them by its own relevance, which favours
 * exact and prefix hits as ours does, so the best MAX_SEARCH hits are among the first few hundred.
 */
const CANDIDATE_LIMIT = 1_000;

export async function searchEntities({
  db,
  text,
  types,
  first,
}: {
  db: Neo4jExecutor;
  text: string;
  types?: EntityType[];
  first?: number;
}): Promise<SearchHit[]> {
  checkText({ argument: 'text', text });
  const allowedTypes = checkEntityTypes('types', types);
  const count = intInRange({ argument: 'first', value: first, min: 1, max: LIMITS.MAX_SEARCH, fallback: LIMITS.DEFAULT_SEARCH });
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
