/**
 * Entity search on Neo4j: the full-text index proposes candidates, search-scoring.ts scores and ranks
 * them exactly as the embedded store does.
 */
import { z } from 'zod';
import type { SearchHit } from '../../../domain/graph-types';
import { compareHits, scoreNames } from '../../domain/search-scoring';
import type { Neo4jExecutor } from '../../store/neo4j/neo4j-executor';
import type { Row } from '../../store/neo4j/neo4j-executor';
import { parseIdBatch } from '../argument-schemas';
import { getEntities } from '../entity/neo4j';
import type { SearchArgs } from './arguments';
import { luceneQueryOf } from './entity-search-text';

/**
 * How many index candidates are re-scored. Lucene orders them by its own relevance, which favours
 * exact and prefix hits as ours does, so the best MAX_SEARCH hits are among the first few hundred.
 */
const CANDIDATE_LIMIT = 1_000;

const candidateSchema = z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()) });

function candidateOf({ row }: { row: Row }) {
  return candidateSchema.parse(row.candidate as unknown);
}

export async function searchEntities({ db, args }: { db: Neo4jExecutor; args: SearchArgs }): Promise<SearchHit[]> {
  const { text, types: allowedTypes, first: count } = args;
  const lucene = luceneQueryOf({ text });
  if (lucene === null || allowedTypes?.length === 0) return [];
  const rows = await db.read({
    name: 'search-entity-candidates',
    params: { lucene, types: allowedTypes ?? null, candidateLimit: CANDIDATE_LIMIT },
  });
  const ranked = rows
    .map((row) => candidateOf({ row }))
    .map((candidate) => ({
      ...candidate,
      score: scoreNames({ query: text, names: [candidate.name, ...candidate.aliases] }),
    }))
    .filter((hit) => hit.score > 0)
    .sort(compareHits)
    .slice(0, count);
  if (ranked.length === 0) return [];
  const entities = await getEntities({ db, args: parseIdBatch({ ids: ranked.map((hit) => hit.id) }) });
  // An entity deleted between the two reads is left out rather than answered half.
  return ranked.flatMap((hit, i) => {
    const entity = entities[i];
    return entity ? [{ entity, score: hit.score }] : [];
  });
}
