/** Store selection at startup: embedded vs Neo4j, bounded retry with backoff, no retry on bad credentials. */
import { ConfigError, loadConfig, type Neo4jConfig } from '../../server/config';
import {
  FIRST_RETRY_DELAY_MS,
  MAX_RETRY_DELAY_MS,
  StartupError,
  startStore,
  type StartStoreDeps,
} from '../../server/start-store';
import type { GraphStore } from '../../server/store/graph-store';
import { StoreUnavailableError } from '../../server/errors/api-errors';
import { failingStore } from './support/failing-store';

const neo4j: Neo4jConfig = {
  uri: 'bolt://db.example:7687',
  user: 'neo4j',
  password: 'pw',
  database: undefined,
  connectTimeoutMs: 10_000,
};
const fakeStore = failingStore({ fail: () => new Error('unused') });

/** Fake clock: sleep() advances time, so retries run instantly and the schedule can be asserted. */
function fakeDeps({ connect }: { connect: (attempt: number) => Promise<GraphStore> }) {
  let now = 0;
  let attempt = 0;
  const sleeps: number[] = [];
  const logs: string[] = [];
  const deps: StartStoreDeps = {
    connectNeo4j: () => connect(++attempt),
    loadEmbedded: async () => fakeStore,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    now: () => now,
    log: (line) => logs.push(line),
  };
  return { deps, sleeps, logs, attempts: () => attempt };
}

describe('startStore', () => {
  it('uses the embedded store when NEO4J_URI is unset', async () => {
    const { deps, attempts } = fakeDeps({ connect: async () => fakeStore });
    await expect(startStore({ config: { neo4j: null, seedDir: '/seed' }, deps })).resolves.toBe(fakeStore);
    expect(attempts()).toBe(0);
  });

  it('retries an unreachable Neo4j with exponential backoff until it answers', async () => {
    const { deps, sleeps, logs } = fakeDeps({
      connect: async (attempt) => {
        if (attempt < 4)
          throw new StoreUnavailableError('Neo4j at bolt://db.example:7687 is unavailable (connect): ECONNREFUSED');
        return fakeStore;
      },
    });
    await expect(startStore({ config: { neo4j, seedDir: '/seed' }, deps })).resolves.toBe(fakeStore);
    expect(sleeps).toEqual([FIRST_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2, FIRST_RETRY_DELAY_MS * 4]);
    expect(logs[0]).toContain('retrying');
  });

  it('gives up after the configured total time with one line naming the URI and the cause', async () => {
    const { deps, sleeps } = fakeDeps({
      connect: async () => {
        throw new StoreUnavailableError(
          'Neo4j at bolt://db.example:7687 is unavailable (connect): ECONNREFUSED\nmore detail',
        );
      },
    });
    const error = await startStore({ config: { neo4j, seedDir: '/seed' }, deps }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as StartupError).message;
    expect(message).toContain('bolt://db.example:7687');
    expect(message).toContain('ECONNREFUSED');
    expect(message).not.toContain('\n');
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(neo4j.connectTimeoutMs);
    expect(Math.max(...sleeps)).toBeLessThanOrEqual(MAX_RETRY_DELAY_MS);
  });

  it('does not retry rejected credentials', async () => {
    const { deps, attempts } = fakeDeps({
      connect: async () => {
        const cause = Object.assign(new Error('The client is unauthorized due to authentication failure.'), {
          code: 'Neo.ClientError.Security.Unauthorized',
        });
        throw new StoreUnavailableError('Neo4j at bolt://db.example:7687 rejected the credentials for user neo4j', {
          cause,
        });
      },
    });
    await expect(startStore({ config: { neo4j, seedDir: '/seed' }, deps })).rejects.toThrow(
      /wrong credentials for user "neo4j"/,
    );
    expect(attempts()).toBe(1);
  });
});

describe('loadConfig', () => {
  it('defaults to port 4000, the embedded store and introspection outside production', () => {
    const config = loadConfig({ env: {} });
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      neo4j: null,
      introspection: true,
      production: false,
    });
  });

  it('reads Neo4j settings and the retry budget', () => {
    const config = loadConfig({
      env: {
        NEO4J_URI: 'bolt://x:7687',
        NEO4J_USER: 'u',
        NEO4J_PASSWORD: 'p',
        NEO4J_DATABASE: 'graph',
        NEO4J_CONNECT_TIMEOUT_MS: '5000',
        NODE_ENV: 'production',
      },
    });
    expect(config.neo4j).toEqual({
      uri: 'bolt://x:7687',
      user: 'u',
      password: 'p',
      database: 'graph',
      connectTimeoutMs: 5000,
    });
    expect(config.introspection).toBe(false);
    expect(loadConfig({ env: { NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' } }).introspection).toBe(true);
  });

  it('rejects invalid values naming the variable', () => {
    expect(() => loadConfig({ env: { PORT: 'eighty' } })).toThrow(
      new ConfigError('PORT must be an integer from 0 to 65535, got "eighty"'),
    );
    expect(() => loadConfig({ env: { GRAPHQL_INTROSPECTION: 'maybe' } })).toThrow(/GRAPHQL_INTROSPECTION/);
  });
});

describe('hardening configuration', () => {
  it.each(['http://localhost:7474', 'not a uri', 'bolt//x'])('NEO4J_URI %j is refused at once, in one line', (uri) => {
    expect(() => loadConfig({ env: { NEO4J_URI: uri } })).toThrow(ConfigError);
    expect(() => loadConfig({ env: { NEO4J_URI: uri } })).toThrow(/^NEO4J_URI must look like bolt:\/\//);
  });

  it('accepts the schemes the driver speaks', () => {
    for (const uri of ['bolt://127.0.0.1:7687', 'neo4j+s://db.example.com', 'neo4j://neo4j:7687']) {
      expect(loadConfig({ env: { NEO4J_URI: uri } }).neo4j?.uri).toBe(uri);
    }
  });

  it('a short WHOSAID_CURSOR_SECRET is refused; the request limits have defaults', () => {
    expect(() => loadConfig({ env: { WHOSAID_CURSOR_SECRET: 'short' } })).toThrow(/WHOSAID_CURSOR_SECRET/);
    expect(loadConfig({ env: {} })).toMatchObject({ requestTimeoutMs: 10_000, maxResponseBytes: 8 * 1024 * 1024 });
  });
});
