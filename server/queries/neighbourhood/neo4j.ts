/**
 * Breadth-first neighbourhood on Neo4j: one query walks the levels (expand-neighbourhood.cypher, the levels
 * written out instead of an unbounded variable-length pattern; the walk stops once it has found `limit`
 * nodes plus COUNT_CAP more, enough to report omittedNodes exactly up to the cap), a second fetches the
 * first `limit` of them in (distance, id) order with the edges among them.
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

/** The first `limit` ids in (distance, id) order, and how many were found (at most `cap`). */
export function firstOfLevels({
  levels,
  limit,
  cap,
}: {
  levels: readonly (readonly string[])[];
  limit: number;
  cap: number;
}) {
  const ids: string[] = [];
  let found = 0;
  for (const level of levels) {
    found += level.length;
    if (ids.length < limit)
      ids.push(...[...level].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, limit - ids.length));
  }
  return { ids, foundCount: Math.min(found, cap) };
}

/** The walk (expand-neighbourhood.cypher) as the adapter sends it; the benchmark's driver layer sends the same. */
export function walkQuery({ args }: { args: NeighbourhoodArgs }) {
  const { ids, depth, relationshipTypes, nodeTypes, limit } = args;
  const walk = relationshipTypes.length > 0 && nodeTypes.length > 0;
  return {
    name: 'expand-neighbourhood',
    params: {
      ids: [...new Set(ids)],
      depth: walk ? depth : 0,
      relationshipTypes,
      nodeTypes,
      cap: limit + LIMITS.COUNT_CAP,
      limit,
      hubDegree: LIMITS.HUB_DEGREE,
    },
  };
}

/** The answer's nodes and the edges among them (get-neighbourhood-subgraph.cypher). */
export function subgraphQuery({ ids, relationshipTypes }: { ids: string[]; relationshipTypes: readonly string[] }) {
  return {
    name: 'get-neighbourhood-subgraph',
    params: { ids, relationshipTypes, hubDegree: LIMITS.HUB_DEGREE },
  };
}

export async function neighbourhood({ db, args }: { db: Neo4jExecutor; args: NeighbourhoodArgs }): Promise<Subgraph> {
  const { relationshipTypes, limit } = args;

  // Two round trips: the walk (seeds and up to three levels, as id lists), then the first `limit` nodes in
  // (distance, id) order with the edges among them; ordering in the walk query cost too much memory.
  const cap = limit + LIMITS.COUNT_CAP;
  const [levels] = await db.read(walkQuery({ args }));
  const lists = (['seeds', 'level1', 'level2', 'level3'] as const).map((key) => (levels?.[key] ?? []) as string[]);
  const first = firstOfLevels({ levels: lists, limit, cap });
  if (first.ids.length === 0) return { nodes: [], edges: [], truncated: false, omittedNodes: 0, hubs: [] };
  const [row] = await db.read(subgraphQuery({ ids: first.ids, relationshipTypes }));
  const byIdOf = new Map(((row?.nodes ?? []) as Row[]).map((node) => [String(node.id), node]));
  const nodes: GraphNode[] = first.ids.flatMap((id) => {
    const node = byIdOf.get(id);
    return node ? [graphNodeOf({ row: node })] : [];
  });
  const omittedNodes = Math.min(first.foundCount - nodes.length, LIMITS.COUNT_CAP);
  const edges = ((row?.edges ?? []) as Row[]).map((edge) => edgeOf({ row: edge })).sort(byId);
  // Hubs the answer shows (a hub cut by the limit is not named: it cannot be expanded from this view).
  const shown = new Set(nodes.map((node) => node.id));
  const hubs = ((levels?.hubs ?? []) as string[]).filter((id) => shown.has(id)).sort();
  return { nodes, edges, truncated: omittedNodes > 0, omittedNodes, hubs };
}
