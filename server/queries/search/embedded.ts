/**
 * Entity search for the embedded store: the per-state term index (entity-search-index.ts) narrows the
 * entities to those whose terms every query token can match, then each is scored with the shared
 * scoring (scorePreparedNames, the body of scoreNames) exactly as a scan of every entity would, score > 0
 * kept, ranked with compareHits. The index only ever returns a superset, so the hits are the same as
 * scoring every entity.
 */
import type { Entity, SearchHit } from '../../../domain/graph-types';
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
  const memo = new Map<string, Map<string, number>>();
  const tokenScore = (token: string, term: string): number => {
    let scores = memo.get(token);
    if (!scores) {
      scores = new Map();
      memo.set(token, scores);
    }
    let score = scores.get(term);
    if (score === undefined) {
      score = scoreToken(token, term);
      scores.set(term, score);
    }
    return score;
  };
  // Flat rows for the sort: compareHits on spread copies allocated two objects per comparison.
  const hits: { score: number; name: string; id: string; entity: Entity }[] = [];
  for (const number of searchCandidates({ index, text })) {
    const entity = index.entities[number];
    if (wanted && !wanted.includes(entity.type)) continue;
    const score = scorePreparedNames({ normalizedQuery, names: index.names[number], tokenScore });
    if (score > 0) hits.push({ score, name: entity.name, id: entity.id, entity });
  }
  hits.sort(compareHits);
  return hits.slice(0, limit).map((hit) => ({ entity: copyOf(hit.entity), score: hit.score }));
}
