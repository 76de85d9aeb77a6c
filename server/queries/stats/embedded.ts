/** Counts of every node and relationship type for the embedded store, in vocabulary order (zeros included). */
import type { Stats } from '../../../domain/graph-types';
import { NODE_TYPES, RELATIONSHIP_TYPES, type NodeType, type RelationshipType } from '../../../domain/vocabulary';
import { nodeTypeOf, type EmbeddedState } from '../../store/embedded/embedded-graph';

export function countsOf({ state }: { state: EmbeddedState }): Stats {
  const nodeCounts = new Map<NodeType, number>();
  state.graph.forEachNode((_id, record) => {
    const type = nodeTypeOf({ record });
    nodeCounts.set(type, (nodeCounts.get(type) ?? 0) + 1);
  });
  const edgeCounts = new Map<RelationshipType, number>();
  state.graph.forEachEdge((_key, { edge }) => edgeCounts.set(edge.type, (edgeCounts.get(edge.type) ?? 0) + 1));
  return {
    nodes: NODE_TYPES.map((type) => ({ type, count: nodeCounts.get(type) ?? 0 })),
    relationships: RELATIONSHIP_TYPES.map((type) => ({ type, count: edgeCounts.get(type) ?? 0 })),
  };
}
