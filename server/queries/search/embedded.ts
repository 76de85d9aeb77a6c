/**
 * Entity search for the embedded store: the per-state term index (entity-search-index.ts) narrows the
 * entities to those whose terms every query token can match, then each is scored with the shared
 * scoreNames exactly as a scan of every entity would, score > 0 kept, ranked with compareHits. The
 * index only ever returns a superset, so the hits are the same as scoring every entity.
 */
import type { SearchHit } from '../../../domain/graph-types';
import { compareHits, normalizeText, scoreNames } from '../../domain/search-scoring';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { SearchArgs } from './arguments';
import { entitySearchIndexOf, searchCandidates } from './entity-search-index';

export function searchEntities({ state, args }: { state: EmbeddedState; args: SearchArgs }): SearchHit[] {
  const { text, types: wanted, first: limit } = args;
  if (normalizeText(text) === '') return [];
  const hits: SearchHit[] = [];
  for (const entity of searchCandidates({ index: entitySearchIndexOf({ state }), text })) {
    if (wanted && !wanted.includes(entity.type)) continue;
    const score = scoreNames({ query: text, names: [entity.name, ...entity.aliases] });
    if (score > 0) hits.push({ entity, score });
  }
  hits.sort((a, b) => compareHits({ score: a.score, ...a.entity }, { score: b.score, ...b.entity }));
  return hits.slice(0, limit).map((hit) => ({ entity: copyOf(hit.entity), score: hit.score }));
}
