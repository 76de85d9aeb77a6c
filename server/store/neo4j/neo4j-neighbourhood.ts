/**
 * Breadth-first neighbourhood on Neo4j in one query (expand-neighbourhood.cypher: the levels written out,
 * one round trip) instead of an unbounded variable-length pattern: each level is capped, and the walk
 * stops once it has found `limit` nodes plus COUNT_CAP more (enough to report omittedNodes exactly up to
 * the cap).
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
import { graphNodeSchema, parseRecord } from '../record-schemas';
import type { Neo4jExecutor, Row } from './neo4j-executor';
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
  const nodes: GraphNode[] = ((row?.nodes ?? []) as Row[]).map((node) =>
    parseRecord({ schema: graphNodeSchema, what: `node ${String(node.id)}`, value: node }),
  );
  const omittedNodes = Math.min(Number(row?.foundCount ?? 0) - nodes.length, LIMITS.COUNT_CAP);
  const edges = ((row?.edges ?? []) as Row[]).map((edge) => edgeOf({ row: edge })).sort(byId);
  return { nodes, edges, truncated: omittedNodes > 0, omittedNodes };
}
