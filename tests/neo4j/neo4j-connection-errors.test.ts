/**
 * What callers see when Neo4j is missing, refuses the credentials or goes away mid-life:
 * StoreUnavailableError with one line naming the URI, promptly, never a hang.
 */
import net from 'node:net';
import { createNeo4jStore } from '../../server/store/neo4j/create-neo4j-store';
import { createNeo4jExecutor } from '../../server/store/neo4j/neo4j-executor';
import { StoreUnavailableError } from '../../server/errors/api-errors';
import { describeWithService, neo4jGate } from '../support/service-gates';
import { neo4jTestSettings } from './neo4j-test-connection';

jest.setTimeout(30_000);

/** A port on 127.0.0.1 nothing listens on (taken from the OS, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: Error) => error,
  );
}

describe('Neo4j store without a server', () => {
  it('createNeo4jStore rejects with StoreUnavailableError naming the URI', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const error = await rejectionOf(createNeo4jStore({ uri, user: 'neo4j', password: 'x' }));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toContain(uri);
    expect(error.message).not.toContain('\n');
  });

  it('a query on an unreachable server fails with StoreUnavailableError instead of hanging', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const db = createNeo4jExecutor({ uri, user: 'neo4j', password: 'x' });
    try {
      const error = await rejectionOf(db.read({ name: 'list-topics' }));
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(error.message).toContain(uri);
      await expect(db.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await db.close();
    }
  });

  it('a malformed URI is a StoreUnavailableError too', async () => {
    const error = await rejectionOf(createNeo4jStore({ uri: 'nonsense://nowhere', user: 'neo4j', password: 'x' }));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toContain('nonsense://nowhere');
  });
});

/** A TCP relay to the real server that can be cut, to play "the server went away". */
async function startRelay({ host, port }: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(port, host);
    [client, upstream].forEach((s) => {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    });
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut: async () => {
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describeWithService(neo4jGate(), 'Neo4j store against a live server', () => {
  it('wrong credentials give one clear line', async () => {
    const { uri } = neo4jTestSettings();
    // An unknown user, so the failed logins cannot lock out the real test user.
    const error = await rejectionOf(createNeo4jStore({ uri, user: 'not-a-user', password: 'wrong' }));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toBe(`Neo4j at ${uri} rejected the credentials for user not-a-user`);
  });

  it('queries after the server has gone fail with StoreUnavailableError, not a hang', async () => {
    const settings = neo4jTestSettings();
    const target = new URL(settings.uri.replace(/^[a-z+]+:/, 'http:'));
    const relay = await startRelay({ host: target.hostname, port: Number(target.port || 7687) });
    const uri = `bolt://127.0.0.1:${relay.port}`;
    const store = await createNeo4jStore({ ...settings, uri });
    try {
      await expect(store.listTopics()).resolves.toEqual(expect.any(Array));
      await relay.cut();
      const error = await rejectionOf(store.listTopics());
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(error.message).toContain(uri);
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await store.close();
    }
  });

  it('a closed store answers with StoreUnavailableError', async () => {
    const store = await createNeo4jStore(neo4jTestSettings());
    await store.close();
    await expect(store.listSources()).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
