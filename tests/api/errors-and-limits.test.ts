/** Bad arguments and oversized operations get clear, coded errors on both stores; nothing crashes. */
import { LIMITS } from '../../domain/limits';
import { OPERATION_LIMITS } from '../../server/graphql/create-apollo-server';
import { codeOf } from './support/api-server';
import { describeForEachStore } from './support/seeded-stores';

describeForEachStore('GraphQL errors and guard rails', (api) => {
  it('negative depth is BAD_USER_INPUT naming `depth` and its range', async () => {
    const res = await api().gql({ query: `{ neighbourhood(ids: ["china"], depth: -1) { nodes { id } } }` });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.argument).toBe('depth');
    expect(res.errors![0].message).toContain(`from 0 to ${LIMITS.MAX_DEPTH}`);
    expect(res.data).toBeNull();
  });

  it('too many hops is BAD_USER_INPUT naming `maxHops`', async () => {
    const res = await api().gql({
      query: `{ paths(from: "kai-fu-lee", to: "llama", maxHops: ${LIMITS.MAX_HOPS + 1}) { length } }`,
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.argument).toBe('maxHops');
    expect(res.errors![0].message).toContain(`from 1 to ${LIMITS.MAX_HOPS}`);
  });

  it('a page size over the cap is BAD_USER_INPUT naming `first`', async () => {
    const res = await api().gql({ query: `{ claims(first: ${LIMITS.MAX_PAGE + 1}) { totalCount } }` });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.argument).toBe('first');
    const search = await api().gql({ query: `{ search(text: "qwen", first: ${LIMITS.MAX_SEARCH + 1}) { score } }` });
    expect(search.errors![0].extensions!.argument).toBe('first');
  });

  it('too many seed ids and too long text name their arguments', async () => {
    const ids = Array.from({ length: LIMITS.MAX_SEED_IDS + 1 }, (_, i) => `id-${i}`);
    const seeds = await api().gql({
      query: `query($ids: [ID!]!) { neighbourhood(ids: $ids) { nodes { id } } }`,
      variables: { ids },
    });
    expect(seeds.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    const text = await api().gql({
      query: `query($t: String!) { search(text: $t) { score } }`,
      variables: { t: 'x'.repeat(LIMITS.MAX_TEXT_LENGTH + 1) },
    });
    expect(text.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    const filter = await api().gql({
      query: `query($t: String!) { claims(filter: { text: $t }) { totalCount } }`,
      variables: { t: 'x'.repeat(LIMITS.MAX_TEXT_LENGTH + 1) },
    });
    expect(filter.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.text' });
  });

  it('an unknown enum value is a validation error', async () => {
    const res = await api().gql({
      query: `{ neighbourhood(ids: ["china"], relationshipTypes: [LIKES]) { nodes { id } } }`,
    });
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toContain('LIKES');
  });

  it('a forged cursor is BAD_USER_INPUT naming `after`', async () => {
    const res = await api().gql({ query: `{ claims(after: "not-a-cursor") { totalCount } }` });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const nested = await api().gql({ query: `{ entity(id: "china") { claimsAbout(after: "%%%") { totalCount } } }` });
    expect(nested.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('paths between unknown entities is NOT_FOUND naming the argument', async () => {
    const from = await api().gql({ query: `{ paths(from: "nobody", to: "llama") { length } }` });
    expect(from.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'from' });
    const to = await api().gql({ query: `{ paths(from: "kai-fu-lee", to: "nothing") { length } }` });
    expect(to.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'to' });
  });

  it('rejects a query deeper than the depth limit before running it', async () => {
    let selection = '{ id }';
    for (let i = 0; i < OPERATION_LIMITS.MAX_DEPTH; i++) selection = `{ supports ${selection} }`;
    const res = await api().gql({ query: `{ claim(id: "schmidt-us-still-far-ahead") ${selection} }` });
    expect(res.status).toBe(400);
    expect(res.errors![0].message).toMatch(/depth/i);
  });

  it('rejects too many aliases and too costly operations', async () => {
    const aliases = Array.from(
      { length: OPERATION_LIMITS.MAX_ALIASES + 1 },
      (_, i) => `a${i}: stats { totalNodes }`,
    ).join(' ');
    const aliasRes = await api().gql({ query: `{ ${aliases} }` });
    expect(aliasRes.status).toBe(400);
    expect(aliasRes.errors![0].message).toMatch(/alias/i);
    const wide = Array.from(
      { length: 12 },
      (_, i) =>
        `c${i}: claims(first: 100) { edges { node { speaker { claimsBy { edges { node { subjects { claimsAbout { totalCount } } } } } } } } }`,
    ).join(' ');
    const costRes = await api().gql({ query: `{ ${wide} }` });
    expect(costRes.status).toBe(400);
    expect(costRes.errors![0].message).toMatch(/cost/i);
  });
});
