/**
 * Breadth-first neighbourhood for the embedded store. Edges are walked in both directions; a node
 * whose type is not allowed is neither included nor walked through (seeds are always included).
 * Nodes are ranked by (distance, id) and cut at `limit`; omittedNodes counts the rest up to COUNT_CAP.
 * Only the levels that reach into the first `limit` are ordered, and a level far larger than what is
 * left of `limit` (the level behind a hub) gives its smallest ids by selection instead of a full sort.
 * Hubs are walked through their precomputed distinct neighbours (hub-neighbours.ts).
 */
import type { Edge, GraphNode, Subgraph } from '../../../domain/graph-types';
import type { NodeType, RelationshipType } from '../../../domain/vocabulary';
import { LIMITS } from '../../../domain/limits';
import { compareIds, copyEdge, graphNodeOf, nodeTypeOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import { HUB_DEGREE, hubNeighboursOf, typeMaskOf } from '../../store/embedded/hub-neighbours';
import type { NeighbourhoodArgs } from './arguments';

export function neighbourhoodOf({ state, args }: { state: EmbeddedState; args: NeighbourhoodArgs }): Subgraph {
  const { ids, depth, limit } = args;
  const relationshipTypes = new Set<RelationshipType>(args.relationshipTypes);
  const nodeTypes = new Set<NodeType>(args.nodeTypes);
  const wantedTypes = typeMaskOf({ types: relationshipTypes });
  const { graph } = state;

  const seen = new Set<string>();
  let frontier = [...new Set(ids)].filter((id) => graph.hasNode(id));
  frontier.forEach((id) => seen.add(id));
  const levels = [frontier];
  // Whole levels are expanded so the (distance, id) order is exact; stop once the count is past what we report.
  for (let level = 1; level <= depth && frontier.length > 0 && seen.size < limit + LIMITS.COUNT_CAP; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      const hub = hubNeighboursOf({ state, id });
      if (hub) {
        for (let n = 0; n < hub.ids.length; n++) {
          const other = hub.ids[n];
          if ((hub.typeMasks[n] & wantedTypes) === 0 || seen.has(other)) continue;
          if (!nodeTypes.has(nodeTypeOf({ record: hub.records[n] }))) continue;
          seen.add(other);
          next.push(other);
        }
        continue;
      }
      // The callback is handed both ends' records, so no lookup by id is needed per edge.
      graph.forEachEdge(id, (_key, { edge }, source, target, sourceRecord, targetRecord) => {
        if (!relationshipTypes.has(edge.type)) return;
        const other = source === id ? target : source;
        const record = source === id ? targetRecord : sourceRecord;
        if (seen.has(other) || !nodeTypes.has(nodeTypeOf({ record }))) return;
        seen.add(other);
        next.push(other);
      });
    }
    frontier = next;
    levels.push(next);
  }

  const included: string[] = [];
  for (const level of levels) {
    if (included.length >= limit) break;
    included.push(...smallestIds({ ids: level, count: limit - included.length }));
  }
  const includedSet = new Set(included);
  const nodes: GraphNode[] = included.map((id) => graphNodeOf({ id, record: graph.getNodeAttributes(id) }));
  const edges: Edge[] = [];
  const keep = (_key: string, { edge }: { edge: Edge }) => {
    if (relationshipTypes.has(edge.type)) edges.push(copyEdge(edge));
  };
  for (const id of included) {
    // A hub's out-edges can outnumber the included nodes a hundredfold: look its edges up per included target.
    if (graph.outDegree(id) >= HUB_DEGREE) for (const target of included) graph.forEachOutEdge(id, target, keep);
    else
      graph.forEachOutEdge(id, (key, attributes, _source, target) => {
        if (includedSet.has(target)) keep(key, attributes);
      });
  }
  edges.sort((a, b) => compareIds(a.id, b.id));
  const omitted = Math.min(seen.size - included.length, LIMITS.COUNT_CAP);
  return { nodes, edges, truncated: omitted > 0, omittedNodes: omitted };
}

/** The `count` smallest ids in code-unit order, sorted. */
function smallestIds({ ids, count }: { ids: readonly string[]; count: number }): string[] {
  if (ids.length <= 4 * count) return [...ids].sort(compareIds).slice(0, count);
  // Keep a sorted window of the smallest seen so far; most ids of a large level are rejected by one comparison.
  const best = ids.slice(0, count).sort(compareIds);
  for (let i = count; i < ids.length; i++) {
    const id = ids[i];
    if (id >= best[count - 1]) continue;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (best[mid] < id) lo = mid + 1;
      else hi = mid;
    }
    best.pop();
    best.splice(lo, 0, id);
  }
  return best;
}
