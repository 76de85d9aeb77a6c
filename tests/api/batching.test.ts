/** Per-request DataLoaders: resolving many speakers, subjects and relationships costs a bounded number of store calls. */
import { startApi, type ApiClient } from './support/api-server';
import { countingStore } from './support/failing-store';
import { seededEmbeddedStore } from './support/seeded-stores';
import type { GraphStore } from '../../server/store/graph-store';

describe('store call batching', () => {
  let api: ApiClient;
  let inner: GraphStore;
  let calls: Map<string, number>;
  beforeAll(async () => {
    inner = await seededEmbeddedStore();
    const counting = countingStore({ store: inner });
    calls = counting.calls;
    // Counting store calls asserts how loaders batch; a yield splits a batch, and on a loaded machine the
    // 20 ms yield threshold (hostile-queries.test.ts covers it) is reached by wall-clock time alone.
    api = await startApi({ store: counting.store, yieldAfterMs: Infinity });
  });
  afterAll(async () => {
    await api.stop();
    await inner.close();
  });
  beforeEach(() => calls.clear());

  it('a page of 40 claims with speakers, subjects and their relationships batches entity lookups', async () => {
    const res = await api.gql({
      query: `{ claims(first: 40) { edges { node { id speaker { id name } subjects { id name relationships { other { id } } } asserts { id claims { id } } } } } }`,
    });
    expect(res.errors).toBeUndefined();
    const claims = res.data.claims.edges;
    expect(claims.length).toBeGreaterThanOrEqual(40);
    const subjects = claims.reduce((n: number, e: any) => n + e.node.subjects.length, 0);
    expect(subjects).toBeGreaterThan(60);
    // One round per nesting level: speakers+subjects, then the relationships' other ends.
    expect(calls.get('getEntities')).toBeLessThanOrEqual(3);
    expect(calls.get('getFactEdgesOf')).toBe(1);
    expect(calls.get('getEdges') ?? 0).toBeLessThanOrEqual(1);
    expect(calls.get('getClaims') ?? 0).toBeLessThanOrEqual(1);
    expect(calls.get('findClaims')).toBe(1);
  });

  it("a claim's source id costs no store call; other source fields load the document once per source", async () => {
    const ids = await api.gql({ query: '{ claims(first: 40) { edges { node { id source { id } } } } }' });
    expect(ids.errors).toBeUndefined();
    expect(ids.data.claims.edges[0].node.source.id).toBe('ai-race-article');
    expect(calls.get('getSource') ?? 0).toBe(0);
    calls.clear();
    const titles = await api.gql({
      query: '{ claims(first: 40) { edges { node { source { id title length author { id } } } } } }',
    });
    expect(titles.errors).toBeUndefined();
    expect(titles.data.claims.edges[0].node.source).toMatchObject({
      id: 'ai-race-article',
      author: { id: 'ai-race-article-author' },
    });
    expect(titles.data.claims.edges[0].node.source.length).toBeGreaterThan(1000);
    expect(calls.get('getSource')).toBe(1);
  });

  it('loaders do not cache across requests', async () => {
    await api.gql({ query: '{ entity(id: "sensetime") { id } }' });
    await api.gql({ query: '{ entity(id: "sensetime") { id } }' });
    expect(calls.get('getEntities')).toBe(2);
  });
});
