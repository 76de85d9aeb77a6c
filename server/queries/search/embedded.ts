/**
 * Entity search for the embedded store: the per-state term index (entity-search-index.ts) narrows the
 * entities to those whose terms every query token can match, then each is scored with the shared
 * scoring (scorePreparedNames, the body of scoreNames) exactly as a scan of every entity would, score > 0
 * kept, ranked with compareHits. The index only ever returns a superset, so the hits are the same as
 * scoring every entity.
 */
import type { SearchHit } from '../../../domain/graph-types';
import { compareHits, normalizeText, scorePreparedNames, scoreToken } from '../../domain/search-scoring';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { SearchArgs } from './arguments';
import { entitySearchIndexOf, searchCandidates } from './entity-search-index';

export function searchEntities({ state, args }: { state: EmbeddedState; args: SearchArgs }): SearchHit[] {
  const { text, types: wanted, first: limit } = args;
  const normalizedQuery = normalizeText(text);
  if (normalizedQuery === '') return [];
  const index = entitySearchIndexOf({ state });
  // Candidates share terms ("labs", a common first name): score each (token, term) pair once per query.
  const memo = new Map<string, number>();
  const tokenScore = (token: string, term: string): number => {
    const key = `${token}\u0000${term}`;
    let score = memo.get(key);
    if (score === undefined) {
      score = scoreToken(token, term);
      memo.set(key, score);
    }
    return score;
  };
  const hits: SearchHit[] = [];
  for (const number of searchCandidates({ index, text })) {
    const entity = index.entities[number];
    if (wanted && !wanted.includes(entity.type)) continue;
    const score = scorePreparedNames({ normalizedQuery, names: index.names[number], tokenScore });
    if (score > 0) hits.push({ entity, score });
  }
  hits.sort((a, b) => compareHits({ score: a.score, ...a.entity }, { score: b.score, ...b.entity }));
  return hits.slice(0, limit).map((hit) => ({ entity: copyOf(hit.entity), score: hit.score }));
}
