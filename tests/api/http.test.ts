/** The HTTP surface: health and readiness, CSRF prevention, the UI fallback, failure modes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OPERATION_LIMITS } from '../../server/graphql/create-apollo-server';
import { StoreUnavailableError } from '../../server/errors/api-errors';
import { codeOf, startApi, type ApiClient } from './support/api-server';
import { failingStore } from './support/failing-store';
import { seededEmbeddedStore } from './support/seeded-stores';
import type { GraphStore } from '../../server/store/graph-store';

const missingDir = path.join(os.tmpdir(), 'whosaid-no-client-build');

describe('HTTP endpoints with a working store', () => {
  let api: ApiClient;
  let store: GraphStore;
  let clientDir: string;
  beforeAll(async () => {
    store = await seededEmbeddedStore();
    clientDir = mkdtempSync(path.join(os.tmpdir(), 'whosaid-client-'));
    writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>whosaid</title><div id="root"></div>');
    writeFileSync(path.join(clientDir, 'app.js'), 'console.log("app")');
    api = await startApi({ store, clientDistDir: clientDir });
  });
  afterAll(async () => {
    await api.stop();
    await store.close();
  });

  it('/healthz and /readyz answer 200', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', store: 'embedded' });
  });

  it('rejects a GET query without a preflight-forcing header (CSRF prevention) and accepts it with one', async () => {
    const url = `${api.graphqlUrl}?query=${encodeURIComponent('{ stats { totalNodes } }')}`;
    const plain = await fetch(url);
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/CSRF/i);
    const withHeader = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(withHeader.status).toBe(200);
  });

  it('rejects a form-encoded POST (a simple request a foreign page could send)', async () => {
    const res = await fetch(api.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ stats { totalNodes } }' }),
    });
    expect(res.status).toBe(400);
  });

  it('answers malformed JSON, syntax errors and oversized documents with 400 and a GraphQL error body', async () => {
    const post = (body: string) =>
      fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const malformed = await post('{ "not json');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    const syntax = await post(JSON.stringify({ query: '{' }));
    expect(syntax.status).toBe(400);
    expect((await syntax.json()).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const huge = `{ ${Array.from({ length: OPERATION_LIMITS.MAX_TOKENS }, () => '__typename').join(' ')} }`;
    const tooMany = await post(JSON.stringify({ query: huge }));
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).errors[0].message).toMatch(/tokens/);
  });

  it('serves the built UI, its assets, and index.html for client-side routes', async () => {
    const root = await fetch(`${api.url}/`);
    expect(await root.text()).toContain('<div id="root">');
    expect(await (await fetch(`${api.url}/app.js`)).text()).toContain('console.log');
    const deep = await fetch(`${api.url}/entity/sensetime`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
  });
});

describe('HTTP endpoints without a UI build', () => {
  it('/ explains how to build the UI', async () => {
    const store = await seededEmbeddedStore();
    const api = await startApi({ store, clientDistDir: missingDir });
    try {
      const res = await fetch(`${api.url}/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('npm run build:client');
    } finally {
      await api.stop();
      await store.close();
    }
  });
});

describe('when the store is unavailable', () => {
  let api: ApiClient;
  beforeAll(async () => {
    api = await startApi({
      store: failingStore({
        fail: () => new StoreUnavailableError('Neo4j at bolt://127.0.0.1:1 is unavailable (connect): ECONNREFUSED'),
      }),
      clientDistDir: missingDir,
    });
  });
  afterAll(() => api.stop());

  it('queries fail with STORE_UNAVAILABLE while /healthz still answers 200', async () => {
    const res = await api.gql({ query: '{ stats { totalNodes } }' });
    expect(codeOf(res)).toBe('STORE_UNAVAILABLE');
    expect(res.errors![0].message).toContain('unavailable');
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });

  it('/readyz answers 503 with the reason', async () => {
    const res = await fetch(`${api.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('ECONNREFUSED') });
  });
});

describe('production mode', () => {
  const boom = () => new Error('secret internals: MATCH (n) RETURN n at /srv/whosaid/server/x.ts');

  it('hides stack traces and internal messages', async () => {
    const api = await startApi({ store: failingStore({ fail: boom }), production: true, clientDistDir: missingDir });
    try {
      const res = await api.gql({ query: '{ stats { totalNodes } }' });
      expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res)).not.toMatch(/stacktrace|secret internals|\.ts/);
      const bad = await api.gql({ query: '{ neighbourhood(ids: ["x"], depth: -1) { nodes { id } } }' });
      expect(bad.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'depth' });
    } finally {
      await api.stop();
    }
  });

  it('disables introspection by default', async () => {
    const api = await startApi({ store: failingStore({ fail: boom }), production: true, clientDistDir: missingDir });
    try {
      const res = await api.gql({ query: '{ __schema { types { name } } }' });
      expect(res.errors![0].message).toMatch(/introspection/i);
    } finally {
      await api.stop();
    }
  });

  it('development mode does include stack traces (so the production test can fail)', async () => {
    const api = await startApi({ store: failingStore({ fail: boom }), clientDistDir: missingDir });
    try {
      const res = await api.gql({ query: '{ stats { totalNodes } }' });
      expect(res.errors![0].extensions!.stacktrace).toBeDefined();
    } finally {
      await api.stop();
    }
  });
});
