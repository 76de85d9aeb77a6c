/**
 * Breadth-first neighbourhood on Neo4j, one query per level (expand-neighbourhood-level.cypher) instead of
 * an unbounded variable-length pattern: each level is capped, and the walk stops once it has found
 * `limit` nodes plus COUNT_CAP more (enough to report omittedNodes exactly up to the cap).
 */
import type { GraphNode, Subgraph } from '../../../domain/graph-types';
import type { NeighbourhoodArgs } from '../graph-store';
import {
  DEFAULT_NEIGHBOURHOOD_NODES,
  DEFAULT_NEIGHBOURHOOD_RELATIONSHIPS,
  LIMITS,
  checkIdList,
  checkNodeTypes,
  checkRelationshipTypes,
  intInRange,
} from '../query-limits';
import type { Neo4jExecutor } from './neo4j-executor';
import { column, edgeOf, keyedNodeOf, type KeyedNode } from './neo4j-records';

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
  const ids = checkIdList({ argument: 'ids', ids: args.ids, max: LIMITS.MAX_SEED_IDS });
  const depth = intInRange({ argument: 'depth', value: args.depth, min: 0, max: LIMITS.MAX_DEPTH, fallback: LIMITS.DEFAULT_DEPTH });
  const relationshipTypes =
    checkRelationshipTypes('relationshipTypes', args.relationshipTypes) ?? DEFAULT_NEIGHBOURHOOD_RELATIONSHIPS;
  const nodeTypes = checkNodeTypes('nodeTypes', args.nodeTypes) ?? DEFAULT_NEIGHBOURHOOD_NODES;
  const limit = intInRange({ argument: 'limit', value: args.limit, min: 1, max: LIMITS.MAX_NODES, fallback: LIMITS.DEFAULT_NODES });

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
