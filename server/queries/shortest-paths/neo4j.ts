/** All shortest undirected paths on Neo4j (find-all-shortest-paths.cypher), sorted by node ids, then edge ids. */
import type { Path } from '../../../domain/graph-types';
import { FACT_RELATIONSHIP_TYPES, type RelationshipType } from '../../../domain/vocabulary';
import type { ShortestPathsArgs } from '../graph-store';
import { LIMITS, checkRelationshipTypes, checkText, intInRange } from '../query-limits';
import { pathSchema, parseRecord } from '../record-schemas';
import type { Neo4jExecutor } from './neo4j-executor';
import { findGraphNodes } from './neo4j-neighbourhood';

/** The hop bound written into find-all-shortest-paths.cypher (`[*..6]`); a test keeps them equal. */
export const CYPHER_MAX_HOPS = 6;

function compareIdSequences(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

export async function shortestPaths({ db, args }: { db: Neo4jExecutor; args: ShortestPathsArgs }): Promise<Path[]> {
  checkText({ argument: 'from', text: args.from });
  checkText({ argument: 'to', text: args.to });
  const maxHops = intInRange({ argument: 'maxHops', value: args.maxHops, min: 1, max: LIMITS.MAX_HOPS, fallback: LIMITS.DEFAULT_HOPS });
  const limit = intInRange({ argument: 'limit', value: args.limit, min: 1, max: LIMITS.MAX_PATHS, fallback: LIMITS.MAX_PATHS });
  const viaClaims = args.viaClaims ?? false;
  const defaults: RelationshipType[] = viaClaims ? [...FACT_RELATIONSHIP_TYPES, 'SAID', 'ABOUT'] : [...FACT_RELATIONSHIP_TYPES];
  const types = checkRelationshipTypes('relationshipTypes', args.relationshipTypes) ?? defaults;

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
