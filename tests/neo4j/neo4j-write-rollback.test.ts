/**
 * Neo4j-specific: a failure discovered late inside the write transaction (after claims were already
 * pruned and fact edges touched) rolls everything back. The batch passes checkBatch -- it supports a
 * stored claim -- but that claim is pruned by the same batch, so its SUPPORTS edge cannot be written.
 */
import type { GraphStore } from '../../server/store/graph-store';
import { createNeo4jStore } from '../../server/store/neo4j/create-neo4j-store';
import {
  ALL_CLAIM_IDS,
  ALL_ENTITY_IDS,
  ALL_FACT_EDGE_IDS,
  fixtureBatch,
  sourceBatch,
  storedClaim,
} from '../contract/contract-fixture';
import { describeWithService, neo4jGate } from '../support/service-gates';
import { neo4jTestSettings, neo4jTestWiper } from './neo4j-test-connection';
import { lockNeo4jTestDatabase } from './neo4j-test-lock';
import { parseIdBatch } from '../../server/queries/argument-schemas';

jest.setTimeout(120_000);

describeWithService(neo4jGate(), 'Neo4j writeBatch failing mid-transaction', () => {
  let store: GraphStore;
  let unlock: () => void;
  let wiper: ReturnType<typeof neo4jTestWiper>;

  beforeAll(async () => {
    unlock = await lockNeo4jTestDatabase({ uri: neo4jTestSettings().uri });
    wiper = neo4jTestWiper();
    store = await createNeo4jStore(neo4jTestSettings());
    await wiper.wipe();
    await store.writeBatch({ batch: fixtureBatch() });
  });
  afterAll(async () => {
    await Promise.all([store?.close(), wiper?.close()]);
    unlock?.();
  });

  const snapshot = async () => ({
    entities: await store.getEntities(parseIdBatch({ ids: ALL_ENTITY_IDS })),
    claims: await store.getClaims(parseIdBatch({ ids: ALL_CLAIM_IDS })),
    edges: await store.getEdges(parseIdBatch({ ids: ALL_FACT_EDGE_IDS })),
    stats: await store.stats(),
    sources: await store.listSources(),
  });

  it('leaves the store exactly as it was', async () => {
    const before = await snapshot();
    const batch = sourceBatch({ sourceIds: ['news-a'], without: ['glm-par-qwen'] });
    batch.claims = batch.claims.map((c) => (c.id === 'qwen-beats-v3' ? { ...c, supportsIds: ['glm-par-qwen'] } : c));
    await expect(store.writeBatch({ batch })).rejects.toThrow(
      /write-claim-edges: 1 row\(s\) not written.*qwen-beats-v3--SUPPORTS--glm-par-qwen/,
    );
    expect(await snapshot()).toEqual(before);
    expect(await store.getClaims(parseIdBatch({ ids: ['glm-par-qwen'] }))).toEqual([storedClaim('glm-par-qwen')]);
  });
});
