/**
 * Entity search for the embedded store: score every entity's [name, ...aliases] with the shared
 * scoreNames, keep score > 0, rank with compareHits. Linear in the number of entities, which is
 * fine for the embedded store's sizes; the Neo4j store narrows candidates with its full-text index.
 */
import type { SearchHit } from '../../../domain/graph-types';
import { compareHits, normalizeText, scoreNames } from '../../domain/search-scoring';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { SearchArgs } from './arguments';

export function searchEntities({ state, args }: { state: EmbeddedState; args: SearchArgs }): SearchHit[] {
  const { text, types: wanted, first: limit } = args;
  if (normalizeText(text) === '') return [];
  const hits: SearchHit[] = [];
  state.graph.forEachNode((_id, record) => {
    if (record.kind !== 'entity') return;
    const { entity } = record;
    if (wanted && !wanted.includes(entity.type)) return;
    const score = scoreNames({ query: text, names: [entity.name, ...entity.aliases] });
    if (score > 0) hits.push({ entity, score });
  });
  hits.sort((a, b) => compareHits({ score: a.score, ...a.entity }, { score: b.score, ...b.entity }));
  return hits.slice(0, limit).map((hit) => ({ entity: copyOf(hit.entity), score: hit.score }));
}
