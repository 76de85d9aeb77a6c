/** Entities by id on Neo4j (DataLoader-friendly: result[i] belongs to ids[i]). */
import type { Entity } from '../../../domain/graph-types';
import type { Neo4jExecutor } from '../../store/neo4j/neo4j-executor';
import { column, entityOf, inRequestOrder } from '../../store/neo4j/neo4j-records';
import type { IdBatch } from './arguments';

export async function getEntities({
  db,
  args: { ids },
}: {
  db: Neo4jExecutor;
  args: IdBatch;
}): Promise<(Entity | null)[]> {
  if (ids.length === 0) return [];
  const rows = await db.read({ name: 'get-entities-by-ids', params: { ids: [...new Set(ids)] } });
  return inRequestOrder({ ids, records: column({ rows, name: 'entity' }).map((row) => entityOf({ row })) });
}
