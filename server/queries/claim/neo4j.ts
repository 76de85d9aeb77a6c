/** Claims by id on Neo4j (DataLoader-friendly: result[i] belongs to ids[i]). */
import type { Claim } from '../../../domain/graph-types';
import type { Neo4jExecutor } from '../../store/neo4j/neo4j-executor';
import { claimOf, column, inRequestOrder } from '../../store/neo4j/neo4j-records';
import type { IdBatch } from './arguments';

export async function getClaims({
  db,
  args: { ids },
}: {
  db: Neo4jExecutor;
  args: IdBatch;
}): Promise<(Claim | null)[]> {
  if (ids.length === 0) return [];
  const rows = await db.read({ name: 'get-claims-by-ids', params: { ids: [...new Set(ids)] } });
  return inRequestOrder({ ids, records: column({ rows, name: 'claim' }).map((row) => claimOf({ row })) });
}
