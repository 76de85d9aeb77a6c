/**
 * An ingested fixture article loads into both stores and answers "who said what" for its
 * speakers (the store side of the whoSaid query: claims filtered by speaker).
 */
import { createEmbeddedStore } from '../../server/store/embedded/create-embedded-store';
import type { GraphBatch } from '../../domain/graph-batch';
import { parseClaimsArgs } from '../../server/queries/claims/arguments';
import type { GraphStore } from '../../server/store/graph-store';
import { createNeo4jStore } from '../../server/store/neo4j/create-neo4j-store';
import { loadSeedDirectory } from '../../seed/loader/load-seed-directory';
import { neo4jTestConnection, wipeNeo4jTestDatabase } from '../article-graph/neo4j-test-database';
import { lockNeo4jTestDatabase } from '../neo4j/neo4j-test-lock';
import { describeWithService, neo4jGate } from '../support/service-gates';
import { FIXTURES, ingest, tempSeedRoot } from './ingest-temp-root';
import path from 'node:path';

// Generous: setup may wait for another Neo4j suite to release the test database.
jest.setTimeout(120_000);

const SPEAKERS = {
  'helen-okafor': /trillion parameters/,
  'wei-zhang': /MMLU rewards memorised facts/,
  'daniel-osei': /parameter race/,
};

async function ingestedBatch(): Promise<GraphBatch> {
  const root = tempSeedRoot();
  try {
    const { code, err } = await ingest({
      args: [path.join(FIXTURES, 'lab-interview/text.txt'), '--id', 'lab-interview', '--author-name', 'Clara Nguyen'],
      seedDir: root.dir,
    });
    if (code !== 0) throw new Error(err.join('\n'));
    const result = await loadSeedDirectory({ seedDir: root.dir });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.batch;
  } finally {
    await root.remove();
  }
}

function whoSaidSuite({ setup }: { setup: () => Promise<{ store: GraphStore; release: () => void }> }) {
  let store: GraphStore;
  let release = () => {};
  beforeAll(async () => {
    ({ store, release } = await setup());
    await store.writeBatch({ batch: await ingestedBatch() });
  });
  afterAll(async () => {
    try {
      await store?.close();
    } finally {
      release();
    }
  });

  it.each(Object.entries(SPEAKERS))('answers who said what for %s', async (speakerId, words) => {
    const page = await store.findClaims(parseClaimsArgs({ filter: { speakerId }, first: 50 }));
    expect(page.claims.length).toBeGreaterThan(0);
    expect(page.claims.every((c) => c.speakerId === speakerId && c.span.sourceId === 'lab-interview')).toBe(true);
    expect(page.claims.some((c) => words.test(c.quote))).toBe(true);
  });

  it('keeps the author’s unattributed claims apart', async () => {
    const page = await store.findClaims(parseClaimsArgs({ filter: { speakerId: 'clara-nguyen' }, first: 50 }));
    expect(page.claims.length).toBeGreaterThan(0);
    expect(page.claims.every((c) => c.kind === 'AUTHOR_ASSERTION' || c.kind === 'STATISTIC')).toBe(true);
  });
}

describe('ingested article in the embedded store', () => {
  whoSaidSuite({ setup: async () => ({ store: createEmbeddedStore(), release: () => {} }) });
});

describeWithService(neo4jGate(), 'ingested article in Neo4j', () => {
  whoSaidSuite({
    setup: async () => {
      const connection = neo4jTestConnection();
      const release = await lockNeo4jTestDatabase({ uri: connection.uri });
      try {
        await wipeNeo4jTestDatabase(connection);
        return { store: await createNeo4jStore(connection), release };
      } catch (error) {
        release();
        throw error;
      }
    },
  });
});
