/** Source listing on Neo4j (list-sources.cypher): sorted by id, without texts. */
import type { SourceSummary } from '../../../domain/graph-types';
import type { Neo4jExecutor } from '../../store/neo4j/neo4j-executor';
import { column, sourceSummaryOf } from '../../store/neo4j/neo4j-records';

export async function listSources({ db }: { db: Neo4jExecutor }): Promise<SourceSummary[]> {
  const rows = await db.read({ name: 'list-sources' });
  return column({ rows, name: 'source' }).map((row) => sourceSummaryOf({ row }));
}
