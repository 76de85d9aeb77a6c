/** The GraphStore contract against a real Neo4j (NEO4J_TEST_URI); the test database is wiped before each test. */
import { createNeo4jStore } from '../../server/store/neo4j/create-neo4j-store';
import { neo4jTestSettings, neo4jTestWiper } from '../neo4j/neo4j-test-connection';
import { describeWithService, neo4jGate } from '../support/service-gates';
import { graphStoreContract } from './graph-store-contract';

jest.setTimeout(30_000);

describeWithService(neo4jGate(), 'Neo4j store contract', () => {
  graphStoreContract({
    name: 'neo4j',
    setup: async () => {
      const store = await createNeo4jStore(neo4jTestSettings());
      const wiper = neo4jTestWiper();
      return {
        store,
        reset: wiper.wipe,
        teardown: async () => {
          await Promise.all([store.close(), wiper.close()]);
        },
      };
    },
  });
});
