/**
 * Connection settings of the Neo4j test database (NEO4J_TEST_URI / _USER / _PASSWORD) and a wipe of it.
 * Tests that use this may delete everything in that database.
 */
import { createNeo4jExecutor, loadQuery } from '../../server/store/neo4j/neo4j-executor';

export const neo4jTestSettings = () => ({
  uri: process.env.NEO4J_TEST_URI ?? 'bolt://127.0.0.1:7687',
  user: process.env.NEO4J_TEST_USER ?? 'neo4j',
  password: process.env.NEO4J_TEST_PASSWORD ?? 'whosaid-test',
});

/** A wiper for the test database: wipe() deletes every node and relationship (the schema stays). */
export function neo4jTestWiper(): { wipe: () => Promise<void>; close: () => Promise<void> } {
  const db = createNeo4jExecutor(neo4jTestSettings());
  return {
    wipe: async () => {
      await db.runAutoCommit({ statement: loadQuery({ name: 'delete-all-graph-data' }) });
    },
    close: () => db.close(),
  };
}
