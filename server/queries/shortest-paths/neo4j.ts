/** All shortest undirected paths on Neo4j (find-all-shortest-paths.cypher), sorted by node ids, then edge ids. */
import type { Path } from '../../../domain/graph-types';
import type { Neo4jExecutor } from '../../store/neo4j/neo4j-executor';
import { pathSchema, parseRecord } from '../../store/record-schemas';
import { findGraphNodes } from '../neighbourhood/neo4j';
import type { ShortestPathsArgs } from './arguments';

/** The hop bound written into find-all-shortest-paths.cypher (`[*..6]`); a test keeps them equal. */
export const CYPHER_MAX_HOPS = 6;

function compareIdSequences(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

export async function shortestPaths({ db, args }: { db: Neo4jExecutor; args: ShortestPathsArgs }): Promise<Path[]> {
  const { maxHops, limit, viaClaims, relationshipTypes: types } = args;

  const ends = await findGraphNodes({ db, ids: [args.from, args.to] });
  const from = ends.find((n) => n.node.id === args.from);
  const to = ends.find((n) => n.node.id === args.to);
  // Paths never walk through sources, and through claims only when asked; the ends obey the same rule.
  const walkable = (type: string) => type !== 'Source' && (viaClaims || type !== 'Claim');
  if (!from || !to || !walkable(from.node.type) || !walkable(to.node.type)) return [];
  if (from.key === to.key) return [{ nodeIds: [from.node.id], edgeIds: [] }];
  if (types.length === 0) return [];

  const rows = await db.read({
    name: 'find-all-shortest-paths',
    params: { fromKey: from.key, toKey: to.key, types, viaClaims, limit },
  });
  return rows
    .map((row) => parseRecord({ schema: pathSchema, what: 'path', value: row }))
    .filter((path) => path.edgeIds.length <= maxHops)
    .sort((a, b) => compareIdSequences(a.nodeIds, b.nodeIds) || compareIdSequences(a.edgeIds, b.edgeIds))
    .slice(0, limit);
}
