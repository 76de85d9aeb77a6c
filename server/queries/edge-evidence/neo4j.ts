/** Edges by id on Neo4j (DataLoader-friendly: result[i] belongs to ids[i]). */
import type { Edge } from '../../../domain/graph-types';
import { isRelationshipType } from '../../../domain/vocabulary';
import type { Neo4jExecutor } from '../../store/neo4j/neo4j-executor';
import { column, edgeOf, inRequestOrder } from '../../store/neo4j/neo4j-records';
import type { IdBatch } from './arguments';

/** Splits `from--TYPE--to`; null for anything that cannot be an edge id (it is then simply unknown). */
function parseEdgeId(id: string): { id: string; from: string } | null {
  const parts = id.split('--');
  if (parts.length !== 3 || parts.some((p) => p === '') || !isRelationshipType(parts[1])) return null;
  return { id, from: parts[0] };
}

export async function getEdges({ db, args: { ids } }: { db: Neo4jExecutor; args: IdBatch }): Promise<(Edge | null)[]> {
  const rowsToFind = [...new Set(ids)]
    .map(parseEdgeId)
    .filter((row): row is { id: string; from: string } => row !== null);
  if (rowsToFind.length === 0) return ids.map(() => null);
  const rows = await db.read({ name: 'get-edges-by-ids', params: { rows: rowsToFind } });
  return inRequestOrder({ ids, records: column({ rows, name: 'edge' }).map((row) => edgeOf({ row })) });
}
