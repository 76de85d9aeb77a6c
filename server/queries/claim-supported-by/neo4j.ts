/** Claim.supportedBy on Neo4j: one query (cypher/get-claims-supporting.cypher) for the whole batch. */
import type { Claim } from '../../../domain/graph-types';
import { LIMITS } from '../../../domain/limits';
import type { Neo4jExecutor, Row } from '../../store/neo4j/neo4j-executor';
import { claimOf } from '../../store/neo4j/neo4j-records';
import type { SupportedByIds } from './arguments';

export async function claimsSupporting({ db, ids }: { db: Neo4jExecutor; ids: SupportedByIds }): Promise<Claim[][]> {
  if (ids.length === 0) return [];
  const rows = await db.read({
    name: 'get-claims-supporting',
    params: { ids: [...new Set(ids)], max: LIMITS.MAX_RELATED_CLAIMS },
  });
  const byId = new Map(
    rows.map((row) => [row.id as string, (row.supporters as Row[]).map((s) => claimOf({ row: s }))]),
  );
  return ids.map((id) => byId.get(id) ?? []);
}
