/**
 * The GraphStore contract against a real Neo4j (NEO4J_TEST_URI); the test database is wiped before each
 * test, under the cross-process lock other Neo4j suites take too.
 */
import { createNeo4jStore } from '../../server/store/neo4j/create-neo4j-store';
import { neo4jTestSettings, neo4jTestWiper } from '../neo4j/neo4j-test-connection';
import { lockNeo4jTestDatabase } from '../neo4j/neo4j-test-lock';
import { describeWithService, neo4jGate } from '../support/service-gates';
import { graphStoreContract } from './graph-store-contract';

// Generous because setup may wait for another suite to release the test database.
jest.setTimeout(120_000);

describeWithService(neo4jGate(), 'Neo4j store contract', () => {
  graphStoreContract({
    name: 'neo4j',
    setup: async () => {
      const unlock = await lockNeo4jTestDatabase({ uri: neo4jTestSettings().uri });
      const store = await createNeo4jStore(neo4jTestSettings()).catch((error: unknown) => {
        unlock();
        throw error;
      });
      const wiper = neo4jTestWiper();
      return {
        store,
        reset: wiper.wipe,
        teardown: async () => {
          try {
            await Promise.all([store.close(), wiper.close()]);
          } finally {
            unlock();
          }
        },
      };
    },
  });
});
