/** One source document (text included) on Neo4j (get-source.cypher). */
import type { SourceDocument } from '../../../domain/graph-types';
import type { Neo4jExecutor } from '../../store/neo4j/neo4j-executor';
import { sourceOf } from '../../store/neo4j/neo4j-records';
import type { SourceArgs } from './arguments';

export async function getSource({
  db,
  args: { id },
}: {
  db: Neo4jExecutor;
  args: SourceArgs;
}): Promise<SourceDocument | null> {
  const rows = await db.read({ name: 'get-source', params: { id } });
  return rows.length === 0 ? null : sourceOf({ row: rows[0].source as Record<string, unknown> });
}
