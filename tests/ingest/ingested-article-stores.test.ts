/**
 * An ingested fixture article loads into both stores and answers "who said what" for its
 * speakers (the store side of the whoSaid query: claims filtered by speaker).
 */
import { createEmbeddedStore } from '../../server/store/embedded/create-embedded-store';
import type { GraphBatch, GraphStore } from '../../server/store/graph-store';
import { createNeo4jStore } from '../../server/store/neo4j/create-neo4j-store';
import { loadSeedDirectory } from '../../seed/loader/load-seed-directory';
import { neo4jTestConnection, wipeNeo4jTestDatabase } from '../article-graph/neo4j-test-database';
import { describeWithService, neo4jGate } from '../support/service-gates';
import { FIXTURES, ingest, tempSeedRoot } from './ingest-temp-root';
import path from 'node:path';

jest.setTimeout(60_000);

const SPEAKERS = { 'helen-okafor': /trillion parameters/, 'wei-zhang': /MMLU rewards memorised facts/, 'daniel-osei': /parameter race/ };

async function ingestedBatch(): Promise<GraphBatch> {
  const root = tempSeedRoot();
  try {
    const { code, err } = await ingest({ args: [path.join(FIXTURES, 'lab-interview/text.txt'), '--id', 'lab-interview', '--author-name', 'Clara Nguyen'], seedDir: root.dir });
    if (code !== 0) throw new Error(err.join('\n'));
    const result = await loadSeedDirectory({ seedDir: root.dir });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.batch;
  } finally {
    await root.remove();
  }
}

function whoSaidSuite({ setup }: { setup: () => Promise<GraphStore> }) {
  let store: GraphStore;
  beforeAll(async () => {
    store = await setup();
    await store.writeBatch({ batch: await ingestedBatch() });
  });
  afterAll(() => store?.close());

  it.each(Object.entries(SPEAKERS))('answers who said what for %s', async (speakerId, words) => {
    const page = await store.findClaims({ filter: { speakerId }, first: 50 });
    expect(page.claims.length).toBeGreaterThan(0);
    expect(page.claims.every((c) => c.speakerId === speakerId && c.span.sourceId === 'lab-interview')).toBe(true);
    expect(page.claims.some((c) => words.test(c.quote))).toBe(true);
  });

  it('keeps the author’s unattributed claims apart', async () => {
    const page = await store.findClaims({ filter: { speakerId: 'clara-nguyen' }, first: 50 });
    expect(page.claims.length).toBeGreaterThan(0);
    expect(page.claims.every((c) => c.kind === 'AUTHOR_ASSERTION' || c.kind === 'STATISTIC')).toBe(true);
  });
}

describe('ingested article in the embedded store', () => {
  whoSaidSuite({ setup: async () => createEmbeddedStore() });
});

describeWithService(neo4jGate(), 'ingested article in Neo4j', () => {
  whoSaidSuite({
    setup: async () => {
      const connection = neo4jTestConnection();
      await wipeNeo4jTestDatabase(connection);
      return createNeo4jStore(connection);
    },
  });
});
