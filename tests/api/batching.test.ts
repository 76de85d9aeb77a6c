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
    api = await startApi({ store: counting.store });
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

  it('loaders do not cache across requests', async () => {
    await api.gql({ query: '{ entity(id: "sensetime") { id } }' });
    await api.gql({ query: '{ entity(id: "sensetime") { id } }' });
    expect(calls.get('getEntities')).toBe(2);
  });
});
