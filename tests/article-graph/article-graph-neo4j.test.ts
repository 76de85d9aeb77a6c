/** The curated article graph in Neo4j (NEO4J_TEST_URI); the test database is wiped first. */
import { createNeo4jStore } from '../../server/store/neo4j/create-neo4j-store';
import { describeWithService, neo4jGate } from '../support/service-gates';
import { articleGraphSuite } from './article-graph-suite';
import { neo4jTestConnection, wipeNeo4jTestDatabase } from './neo4j-test-database';

describeWithService(neo4jGate(), 'article graph on Neo4j', () => {
  articleGraphSuite({
    name: 'neo4j',
    setup: async () => {
      const connection = neo4jTestConnection();
      await wipeNeo4jTestDatabase(connection);
      const store = await createNeo4jStore(connection);
      return { store, teardown: () => store.close() };
    },
  });
});
