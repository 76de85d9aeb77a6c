/** Topics on Neo4j (list-topics.cypher), sorted by id. */
import type { Topic } from '../../../domain/graph-types';
import type { Neo4jExecutor } from '../../store/neo4j/neo4j-executor';
import { column, topicOf } from '../../store/neo4j/neo4j-records';

export async function listTopics({ db }: { db: Neo4jExecutor }): Promise<Topic[]> {
  const rows = await db.read({ name: 'list-topics' });
  return column({ rows, name: 'topic' }).map((row) => topicOf({ row }));
}
