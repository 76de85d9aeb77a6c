/**
 * Counts of every node and relationship type for the embedded store, in vocabulary order (zeros included).
 * Counted once per published state (states are immutable, see embedded-graph.ts), not per call: a walk
 * over every node and edge of a large graph is tens of milliseconds.
 */
import type { Stats } from '../../../domain/graph-types';
import { NODE_TYPES, RELATIONSHIP_TYPES, type NodeType, type RelationshipType } from '../../../domain/vocabulary';
import { nodeTypeOf, type EmbeddedState } from '../../store/embedded/embedded-graph';

const countsByState = new WeakMap<EmbeddedState, Stats>();

function countAll({ state }: { state: EmbeddedState }): Stats {
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

export function countsOf({ state }: { state: EmbeddedState }): Stats {
  let counts = countsByState.get(state);
  if (!counts) {
    counts = countAll({ state });
    countsByState.set(state, counts);
  }
  // Callers get their own copy, so nothing they do can change the cached counts.
  return {
    nodes: counts.nodes.map((row) => ({ ...row })),
    relationships: counts.relationships.map((row) => ({ ...row })),
  };
}
