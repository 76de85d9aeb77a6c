/**
 * Breadth-first neighbourhood for the embedded store. Edges are walked in both directions; a node
 * whose type is not allowed is neither included nor walked through (seeds are always included).
 * Nodes are ranked by (distance, id) and cut at `limit`; omittedNodes counts the rest up to COUNT_CAP.
 */
import type { Edge, GraphNode, Subgraph } from '../../../domain/graph-types';
import type { NodeType, RelationshipType } from '../../../domain/vocabulary';
import { LIMITS } from '../../../domain/limits';
import { compareIds, copyOf, graphNodeOf, nodeTypeOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { NeighbourhoodArgs } from './arguments';

export function neighbourhoodOf({ state, args }: { state: EmbeddedState; args: NeighbourhoodArgs }): Subgraph {
  const { ids, depth, limit } = args;
  const relationshipTypes = new Set<RelationshipType>(args.relationshipTypes);
  const nodeTypes = new Set<NodeType>(args.nodeTypes);
  const { graph } = state;

  const distance = new Map<string, number>();
  let frontier = [...new Set(ids)].filter((id) => graph.hasNode(id));
  frontier.forEach((id) => distance.set(id, 0));
  // Whole levels are expanded so the (distance, id) order is exact; stop once the count is past what we report.
  for (let level = 1; level <= depth && frontier.length > 0 && distance.size < limit + LIMITS.COUNT_CAP; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      graph.forEachEdge(id, (_key, { edge }, source, target) => {
        if (!relationshipTypes.has(edge.type)) return;
        const other = source === id ? target : source;
        if (distance.has(other) || !nodeTypes.has(nodeTypeOf({ record: graph.getNodeAttributes(other) }))) return;
        distance.set(other, level);
        next.push(other);
      });
    }
    frontier = next;
  }

  const ranked = [...distance.entries()].sort((a, b) => a[1] - b[1] || compareIds(a[0], b[0]));
  const included = ranked.slice(0, limit).map(([id]) => id);
  const includedSet = new Set(included);
  const nodes: GraphNode[] = included.map((id) => graphNodeOf({ id, record: graph.getNodeAttributes(id) }));
  const edges: Edge[] = [];
  for (const id of included) {
    graph.forEachOutEdge(id, (_key, { edge }, _source, target) => {
      if (relationshipTypes.has(edge.type) && includedSet.has(target)) edges.push(copyOf(edge));
    });
  }
  edges.sort((a, b) => compareIds(a.id, b.id));
  const omitted = Math.min(ranked.length - included.length, LIMITS.COUNT_CAP);
  return { nodes, edges, truncated: omitted > 0, omittedNodes: omitted };
}
