/**
 * Breadth-first neighbourhood on Neo4j in one query (expand-neighbourhood.cypher: the levels written out,
 * one round trip) instead of an unbounded variable-length pattern: each level is capped, and the walk
 * stops once it has found `limit` nodes plus COUNT_CAP more (enough to report omittedNodes exactly up to
 * the cap).
 */
import type { GraphNode, Subgraph } from '../../../domain/graph-types';
import { LIMITS } from '../../../domain/limits';
import type { Neo4jExecutor, Row } from '../../store/neo4j/neo4j-executor';
import { column, edgeOf, graphNodeOf, keyedNodeOf, type KeyedNode } from '../../store/neo4j/neo4j-records';
import type { NeighbourhoodArgs } from './arguments';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Entities, claims or sources with these ids, sorted by id; unknown ids are left out. */
export async function findGraphNodes({ db, ids }: { db: Neo4jExecutor; ids: readonly string[] }): Promise<KeyedNode[]> {
  if (ids.length === 0) return [];
  const rows = await db.read({ name: 'find-graph-nodes-by-ids', params: { ids: [...new Set(ids)] } });
  return column({ rows, name: 'node' })
    .map((row) => keyedNodeOf({ row }))
    .sort((a, b) => byId(a.node, b.node));
}

export async function neighbourhood({ db, args }: { db: Neo4jExecutor; args: NeighbourhoodArgs }): Promise<Subgraph> {
  const { ids, depth, relationshipTypes, nodeTypes, limit } = args;

  // One round trip: seeds, up to three capped levels and the edges among the first `limit` nodes.
  const walk = relationshipTypes.length > 0 && nodeTypes.length > 0;
  const [row] = await db.read({
    name: 'expand-neighbourhood',
    params: {
      ids: [...new Set(ids)],
      depth: walk ? depth : 0,
      relationshipTypes,
      nodeTypes,
      cap: limit + LIMITS.COUNT_CAP,
      limit,
    },
  });
  const nodes: GraphNode[] = ((row?.nodes ?? []) as Row[]).map((node) => graphNodeOf({ row: node }));
  const omittedNodes = Math.min(Number(row?.foundCount ?? 0) - nodes.length, LIMITS.COUNT_CAP);
  const edges = ((row?.edges ?? []) as Row[]).map((edge) => edgeOf({ row: edge })).sort(byId);
  return { nodes, edges, truncated: omittedNodes > 0, omittedNodes };
}
