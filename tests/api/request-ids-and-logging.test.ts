/**
 * Unexpected errors are logged server-side with the request's id, and the client sees the same id
 * (`extensions.requestId` and the x-request-id header); the API's own errors are not logged as bugs.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { logLevelFrom, requestIdFrom } from '../../server/logging';
import { startApi } from './support/api-server';
import { failingStore } from './support/failing-store';
import { seededEmbeddedStore } from './support/seeded-stores';

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('request ids and logging', () => {
  it('an unexpected error is logged with the request id the client is shown', async () => {
    const { logger, lines } = capturingLogger();
    const api = await startApi({
      store: failingStore({ fail: () => new Error('boom: a bug') }),
      production: true,
      logger,
    });
    try {
      const response = await post(
        api.graphqlUrl,
        { query: '{ stats { totalNodes } }' },
        { 'x-request-id': 'trace-42' },
      );
      const body = await response.json();
      expect(response.headers.get('x-request-id')).toBe('trace-42');
      expect(body.errors[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: 'trace-42' });
      expect(body.errors[0].message).toBe('Internal server error');
      const logged = lines.filter((line) => line.msg === 'unexpected error');
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ level: 50, requestId: 'trace-42', err: { message: 'boom: a bug' } });
    } finally {
      await api.stop();
    }
  });

  it('argument errors are answered, not logged, and carry no request id', async () => {
    const { logger, lines } = capturingLogger();
    const store = await seededEmbeddedStore();
    const api = await startApi({ store, logger });
    try {
      const response = await post(api.graphqlUrl, { query: '{ neighbourhood(ids: ["x"], depth: 9) { truncated } }' });
      const body = await response.json();
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
      expect(body.errors[0].extensions.requestId).toBeUndefined();
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.filter((line) => line.msg === 'unexpected error')).toEqual([]);
    } finally {
      await api.stop();
      await store.close();
    }
  });

  it('a request cut by its deadline is logged once as aborted, not as an unexpected error per field', async () => {
    const { logger, lines } = capturingLogger();
    const store = await seededEmbeddedStore();
    const slow = {
      ...store,
      getEntities: async (args: Parameters<typeof store.getEntities>[0]) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        return store.getEntities(args);
      },
    };
    const api = await startApi({ store: slow, logger, requestTimeoutMs: 200 });
    try {
      const response = await post(api.graphqlUrl, {
        query: '{ claims(first: 20) { edges { node { speaker { name } subjects { name } } } } }',
      });
      const body = await response.json();
      expect(body.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(lines.filter((line) => line.msg === 'unexpected error')).toEqual([]);
      expect(lines.filter((line) => line.msg === 'request aborted')).toEqual([
        expect.objectContaining({ level: 30, reason: 'deadline', deadlineMs: 200 }),
      ]);
    } finally {
      await api.stop();
      await store.close();
    }
  });

  it('keeps a sane incoming x-request-id and replaces anything else', () => {
    expect(requestIdFrom({ header: 'abc-123_x.y' })).toBe('abc-123_x.y');
    for (const bad of ['', 'a b', 'x'.repeat(65), 'evil\nheader', '<script>']) {
      expect(requestIdFrom({ header: bad })).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(requestIdFrom({ header: undefined })).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is silent under tests unless LOG_LEVEL says otherwise', () => {
    expect(logLevelFrom({ env: { NODE_ENV: 'test' } })).toBe('silent');
    expect(logLevelFrom({ env: { JEST_WORKER_ID: '1' } })).toBe('silent');
    expect(logLevelFrom({ env: {} })).toBe('info');
    expect(logLevelFrom({ env: { LOG_LEVEL: 'debug', NODE_ENV: 'test' } })).toBe('debug');
  });
});

describe('the error-code list', () => {
  it('docs/api.md documents exactly the codes of domain/error-codes.ts', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { PROJECT_ROOT } = await import('../../server/project-root');
    const { ERROR_CODES } = await import('../../domain/error-codes');
    const docs = readFileSync(path.join(PROJECT_ROOT, 'docs', 'api.md'), 'utf8');
    const documented = [...docs.matchAll(/^\| `([A-Z_]+)` \| \d{3} \|/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(Object.keys(ERROR_CODES).sort());
  });
});
