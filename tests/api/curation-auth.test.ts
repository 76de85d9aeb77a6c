/**
 * The auth matrix of the curation API: writes off (FORBIDDEN naming the variable), no token and a
 * wrong token (UNAUTHENTICATED), the right token (works). Every mutation is checked, proposeSource
 * included; reads stay public in every case. Auth does not depend on the store, so the embedded one serves.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { authenticate } from '../../server/auth/authenticate';
import { parseWriteTokens, WriteTokensError } from '../../server/auth/write-tokens';
import { codeOf } from './support/api-server';
import { copySeed, CURATOR_TOKEN, OTHER_TOKEN, startCurationApi, type CurationApi } from './support/curation-api';
import {
  DELETE,
  MERGE,
  PROPOSE,
  REVIEW,
  SAVE,
  UPDATE_CLAIM,
  UPDATE_ENTITY,
  newSourceInput,
} from './support/curation-operations';

const EVERY_MUTATION: [string, string, Record<string, unknown>][] = [
  ['proposeSource', PROPOSE, { input: { title: 'T', text: 'Some text.' } }],
  ['saveSource', SAVE, { input: newSourceInput() }],
  ['reviewClaims', REVIEW, { ids: ['sensenova-5-5-key-enhancements'], decision: 'ACCEPT' }],
  ['updateClaim', UPDATE_CLAIM, { id: 'sensenova-5-5-key-enhancements', patch: { summary: 'Changed.' } }],
  ['updateEntity', UPDATE_ENTITY, { id: 'sensetime', patch: { description: 'Changed.' } }],
  ['mergeEntities', MERGE, { keep: 'sensetime', merge: 'openai' }],
  ['deleteSource', DELETE, { id: 'ai-race-article' }],
];

const folderFiles = async (seedDir: string) =>
  readFile(path.join(seedDir, 'sources/ai-race-article/claims.yaml'), 'utf8');

describe('curation auth: writes off (WHOSAID_WRITE_TOKENS unset)', () => {
  let api: CurationApi;
  beforeAll(async () => {
    api = await startCurationApi({ kind: 'embedded', seedDir: await copySeed(), writeAccess: { kind: 'off' } });
  });
  afterAll(() => api.stop());

  it.each(EVERY_MUTATION)(
    '%s answers FORBIDDEN naming the variable, even with a token',
    async (_name, query, variables) => {
      const before = await folderFiles(api.seedDir);
      for (const token of [CURATOR_TOKEN, null]) {
        const res = await api.gql({ query, variables, token });
        expect(codeOf(res)).toBe('FORBIDDEN');
        expect(res.errors?.[0]?.message).toContain('WHOSAID_WRITE_TOKENS');
      }
      expect(await folderFiles(api.seedDir)).toBe(before);
    },
  );

  it('reads stay public', async () => {
    const res = await api.gql({ query: '{ source(id: "ai-race-article") { id version } }', token: null });
    expect(res.data).toEqual({ source: { id: 'ai-race-article', version: 1 } });
  });
});

describe('curation auth: writes on', () => {
  let api: CurationApi;
  beforeAll(async () => {
    api = await startCurationApi({ kind: 'embedded', seedDir: await copySeed() });
  });
  afterAll(() => api.stop());

  it.each(EVERY_MUTATION)('%s without a token is UNAUTHENTICATED', async (_name, query, variables) => {
    const res = await api.gql({ query, variables, token: null });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  it.each(EVERY_MUTATION)(
    '%s with a wrong token is UNAUTHENTICATED and writes nothing',
    async (_name, query, variables) => {
      const before = await folderFiles(api.seedDir);
      for (const token of ['wrong-token-0123456789abcdef', `${CURATOR_TOKEN}x`, CURATOR_TOKEN.slice(0, -1), '']) {
        const res = await api.gql({ query, variables, token });
        expect(codeOf(res)).toBe('UNAUTHENTICATED');
        expect(JSON.stringify(res)).not.toContain(CURATOR_TOKEN);
      }
      expect(await folderFiles(api.seedDir)).toBe(before);
    },
  );

  it('the right token works, and the write is recorded under its name', async () => {
    const proposed = await api.gql({ query: PROPOSE, variables: { input: { title: 'A title', text: 'Some text.' } } });
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data.proposeSource.source).toMatchObject({ id: 'a-title', title: 'A title', version: null });
    const updated = await api.gql({
      query: UPDATE_CLAIM,
      variables: { id: 'sensenova-5-5-key-enhancements', patch: { summary: 'Changed by bob.' } },
      token: OTHER_TOKEN,
    });
    expect(updated.errors).toBeUndefined();
    expect(await folderFiles(api.seedDir)).toContain('curatedBy: bob');
  });

  it('keeps CSRF prevention on: a simple form POST is refused', async () => {
    const res = await fetch(api.server().graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${CURATOR_TOKEN}` },
      body: JSON.stringify({ query: '{ stats { nodes { count } } }' }),
    });
    expect(res.status).toBe(400);
  });
});

describe('write tokens', () => {
  it('parses name:token pairs and rejects short tokens or bad names without echoing the token', () => {
    expect(parseWriteTokens({ value: undefined })).toEqual({ kind: 'off' });
    expect(parseWriteTokens({ value: '  ' })).toEqual({ kind: 'off' });
    const access = parseWriteTokens({ value: `alice:${CURATOR_TOKEN}, bob:${OTHER_TOKEN}` });
    expect(access.kind === 'on' && access.curators.map((c) => c.name)).toEqual(['alice', 'bob']);
    expect(() => parseWriteTokens({ value: 'alice:short' })).toThrow(WriteTokensError);
    expect(() => parseWriteTokens({ value: 'alice:short' })).not.toThrow(/short$/);
    expect(() => parseWriteTokens({ value: `:${CURATOR_TOKEN}` })).toThrow(/entry 1/);
    expect(() => parseWriteTokens({ value: `a:${CURATOR_TOKEN},a:${OTHER_TOKEN}` })).toThrow(/twice/);
  });

  it('authenticates Bearer tokens only', () => {
    const access = parseWriteTokens({ value: `alice:${CURATOR_TOKEN}` });
    expect(authenticate({ access, authorization: `Bearer ${CURATOR_TOKEN}` })).toEqual({
      kind: 'curator',
      name: 'alice',
    });
    expect(authenticate({ access, authorization: `bearer ${CURATOR_TOKEN}` })).toEqual({
      kind: 'curator',
      name: 'alice',
    });
    expect(authenticate({ access, authorization: `Basic ${CURATOR_TOKEN}` })).toEqual({ kind: 'invalid-token' });
    expect(authenticate({ access, authorization: undefined })).toEqual({ kind: 'anonymous' });
    expect(authenticate({ access: { kind: 'off' }, authorization: `Bearer ${CURATOR_TOKEN}` })).toEqual({
      kind: 'writes-off',
    });
  });
});
