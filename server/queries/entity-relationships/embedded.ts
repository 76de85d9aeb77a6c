/** Fact edges of entities for the embedded store (the factEdgesOf loader's batch). */
import type { FactEdge } from '../../../domain/graph-types';
import { isFactRelationshipType } from '../../../domain/vocabulary';
import { compareIds, copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { FactEdgesOfArgs } from './arguments';

export function factEdgesOf({ state, args }: { state: EmbeddedState; args: FactEdgesOfArgs }): FactEdge[] {
  const { ids, types: wanted, limitPerEntity: perEntity } = args;
  const found = new Map<string, FactEdge>();
  for (const id of ids) {
    if (!state.graph.hasNode(id)) continue;
    const own: FactEdge[] = [];
    state.graph.forEachEdge(id, (_key, { edge }) => {
      if (!isFactRelationshipType(edge.type) || (wanted && !wanted.includes(edge.type))) return;
      own.push(edge as FactEdge);
    });
    own
      .sort((a, b) => compareIds(a.id, b.id))
      .slice(0, perEntity)
      .forEach((edge) => found.set(edge.id, copyOf(edge)));
  }
  return [...found.values()].sort((a, b) => compareIds(a.id, b.id));
}
