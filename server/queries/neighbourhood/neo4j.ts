/**
 * Breadth-first neighbourhood on Neo4j, one query per level (expand-neighbourhood-level.cypher) instead of
 * an unbounded variable-length pattern: each level is capped, and the walk stops once it has found
 * `limit` nodes plus COUNT_CAP more (enough to report omittedNodes exactly up to the cap).
 */
import type { GraphNode, Subgraph } from '../../../domain/graph-types';
import { LIMITS } from '../../../domain/limits';
import type { Neo4jExecutor } from '../../store/neo4j/neo4j-executor';
import { column, edgeOf, keyedNodeOf, type KeyedNode } from '../../store/neo4j/neo4j-records';
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

  const seeds = await findGraphNodes({ db, ids });
  // Levels in BFS order, each sorted by id: concatenated they are the (distance, id) order of the result.
  const found: KeyedNode[] = [...seeds];
  const visited = new Set(seeds.map((s) => s.key));
  const cap = limit + LIMITS.COUNT_CAP;
  let frontier = seeds;
  for (let level = 1; level <= depth && frontier.length > 0 && found.length < cap; level++) {
    if (relationshipTypes.length === 0 || nodeTypes.length === 0) break;
    const rows = await db.read({
      name: 'expand-neighbourhood-level',
      params: {
        frontier: frontier.map((n) => n.key),
        visited: [...visited],
        relationshipTypes,
        nodeTypes,
        limit: cap - found.length,
      },
    });
    frontier = column({ rows, name: 'node' })
      .map((row) => keyedNodeOf({ row }))
      .sort((a, b) => byId(a.node, b.node));
    frontier.forEach((n) => visited.add(n.key));
    found.push(...frontier);
  }

  const included = found.slice(0, limit);
  const omittedNodes = Math.min(found.length - included.length, LIMITS.COUNT_CAP);
  const nodes: GraphNode[] = included.map((n) => n.node);
  const edges =
    included.length === 0 || relationshipTypes.length === 0
      ? []
      : column({
          rows: await db.read({
            name: 'get-edges-among-nodes',
            params: { keys: included.map((n) => n.key), types: relationshipTypes },
          }),
          name: 'edge',
        })
          .map((row) => edgeOf({ row }))
          .sort(byId);
  return { nodes, edges, truncated: omittedNodes > 0, omittedNodes };
}
