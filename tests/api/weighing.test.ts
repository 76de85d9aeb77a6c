/** Weighing fields over GraphQL: answers with their evidence, batched store calls, named argument errors. */
import { LIMITS } from '../../domain/limits';
import { startApi, codeOf, type ApiClient } from './support/api-server';
import { countingStore } from './support/failing-store';
import { describeForEachStore, seededEmbeddedStore } from './support/seeded-stores';
import type { GraphStore } from '../../server/store/graph-store';

describeForEachStore('weighing the claims over GraphQL', (api) => {
  it('Claim.interest names the edge with its ends; supportedBy is the reverse of supports', async () => {
    const res = await api().gql({
      query: `{ claim(id: "sensenova-5-5-superior-to-gpt-4o") {
        interest { selfInterested speakerIsSubject because { id label from to } }
        supportedBy { id speaker { id } }
      } }`,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.claim.interest).toEqual({
      selfInterested: true,
      speakerIsSubject: false,
      because: [
        { id: 'sensetime--DEVELOPED--sensenova-5-5', label: 'developed', from: 'sensetime', to: 'sensenova-5-5' },
      ],
    });
    expect(res.data.claim.supportedBy).toEqual([
      { id: 'robin-li-ernie-4-0-beats-gpt-4o', speaker: { id: 'robin-li' } },
    ]);
  });

  it('Edge.support reports speakers, sources and contradictions as evidence', async () => {
    const res = await api().gql({
      query: `{ edgeEvidence(edgeId: "01-ai--DERIVED_FROM--llama") { edge { support {
        claims independentSpeakers selfInterestedOnly sources statedIn { id } speakers { speaker { id } independent } contradictedBy { id }
      } } } }`,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.edgeEvidence.edge.support).toEqual({
      claims: 1,
      independentSpeakers: 1,
      selfInterestedOnly: false,
      sources: 1,
      statedIn: [{ id: 'ai-race-article' }],
      speakers: [{ speaker: { id: 'ai-race-article-author' }, independent: true }],
      contradictedBy: [],
    });
  });

  it('disputes pages with both claims, their speakers and quotes', async () => {
    const first = await api().gql({
      query: `{ disputes(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node {
        id reasons participantCount sharedSubjects { id } a { speaker { id } quote } b { speaker { id } quote }
      } } } }`,
    });
    expect(first.errors).toBeUndefined();
    const { disputes } = first.data;
    expect(disputes.totalCount).toBeGreaterThan(2);
    expect(disputes.edges[0].node).toMatchObject({
      id: 'delangue-qwen-72b-is-the-king|schmidt-us-still-far-ahead',
      reasons: ['CONTRADICTS', 'OPPOSITE_STANCES'],
      participantCount: 5,
      a: { speaker: { id: 'clement-delangue' } },
      b: { speaker: { id: 'eric-schmidt' } },
    });
    const next = await api().gql({
      query: `query($after: String) { disputes(first: 2, after: $after) { edges { node { id } } } }`,
      variables: { after: disputes.pageInfo.endCursor },
    });
    expect(next.data.disputes.edges[0].node.id).not.toBe(disputes.edges[1].node.id);
  });

  it('bad `first` and forged `after` are BAD_USER_INPUT naming the argument', async () => {
    const tooMany = await api().gql({ query: `{ disputes(first: ${LIMITS.MAX_DISPUTES + 1}) { totalCount } }` });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].extensions!.argument).toBe('first');
    expect(tooMany.errors![0].message).toContain(`from 1 to ${LIMITS.MAX_DISPUTES}`);
    const forged = await api().gql({ query: `{ disputes(after: "bm90LWEtY3Vyc29y") { totalCount } }` });
    expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('weighing fields batch their store calls', () => {
  let api: ApiClient;
  let inner: GraphStore;
  let calls: Map<string, number>;
  beforeAll(async () => {
    inner = await seededEmbeddedStore();
    const counting = countingStore({ store: inner });
    calls = counting.calls;
    api = await startApi({ store: counting.store, yieldAfterMs: Infinity }); // as in batching.test.ts: counts, not timing
  });
  afterAll(async () => {
    await api.stop();
    await inner.close();
  });

  it('a page of claims asking for interest, supportedBy and their edges’ support is one call per field', async () => {
    const res = await api.gql({
      query: `{ claims(first: 40) { edges { node { id interest { selfInterested because { id } } supportedBy { id } asserts { support { claims } } } } } }`,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.claims.edges).toHaveLength(40);
    expect(calls.get('claimInterest')).toBe(1);
    expect(calls.get('claimsSupporting')).toBe(1);
    expect(calls.get('edgeSupport')).toBe(1);
  });
});
