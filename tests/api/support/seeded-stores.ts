/**
 * The stores the API suites run against, both loaded with the repository's seed data:
 * the embedded store always; Neo4j (the NEO4J_TEST_URI database) when the gate allows.
 */
import { loadSeedDirectory } from '../../../seed/loader/load-seed-directory';
import { formatSeedError } from '../../../seed/loader/seed-errors';
import type { GraphBatch, GraphStore } from '../../../server/store/graph-store';
import { createEmbeddedStore } from '../../../server/store/embedded/create-embedded-store';
import { DEFAULT_SEED_DIR } from '../../../server/project-root';
import { describeWithService, neo4jGate } from '../../support/service-gates';
import { startApi, type ApiClient } from './api-server';

export async function loadSeedBatch(): Promise<GraphBatch> {
  const result = await loadSeedDirectory({ seedDir: DEFAULT_SEED_DIR });
  if (!result.ok) throw new Error(`seed does not load:\n${result.errors.map(formatSeedError).join('\n')}`);
  return result.batch;
}

export async function seededEmbeddedStore(): Promise<GraphStore> {
  const store = createEmbeddedStore();
  await store.writeBatch({ batch: await loadSeedBatch() });
  return store;
}

export async function seededNeo4jStore(): Promise<GraphStore> {
  // Imported on demand so the embedded suites never load the Neo4j driver.
  const { createNeo4jStore } = await import('../../../server/store/neo4j/create-neo4j-store');
  const { neo4jTestConnection, wipeNeo4jTestDatabase } = await import('../../article-graph/neo4j-test-database');
  const connection = neo4jTestConnection();
  // Leftovers of other suites (contract fixtures) would change counts and listings.
  await wipeNeo4jTestDatabase(connection);
  const store = await createNeo4jStore(connection);
  await store.writeBatch({ batch: await loadSeedBatch() });
  return store;
}

/**
 * Registers `body` once per store. `api()` returns the running server of the current suite.
 * The Neo4j suite skips (or fails under REQUIRE_NEO4J=1) when no test database is configured.
 */
export function describeForEachStore(title: string, body: (api: () => ApiClient) => void): void {
  const suites: { name: string; open: () => Promise<GraphStore>; wrap: (name: string, fn: () => void) => void }[] = [
    { name: 'embedded', open: seededEmbeddedStore, wrap: (name, fn) => describe(name, fn) },
    { name: 'neo4j', open: seededNeo4jStore, wrap: (name, fn) => describeWithService(neo4jGate(), name, fn) },
  ];
  for (const suite of suites) {
    suite.wrap(`${title} [${suite.name} store]`, () => {
      let client: ApiClient | undefined;
      let store: GraphStore | undefined;
      beforeAll(async () => {
        store = await suite.open();
        client = await startApi({ store });
      }, 60_000);
      afterAll(async () => {
        await client?.stop();
        await store?.close();
      });
      body(() => {
        if (!client) throw new Error('server not started');
        return client;
      });
    });
  }
}
