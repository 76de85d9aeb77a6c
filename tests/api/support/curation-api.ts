/**
 * A writable API over a throw-away copy of the repository's seed folder, for the curation suites:
 * one store per kind (embedded always; Neo4j when NEO4J_TEST_URI is set), loaded from that copy, and
 * a client that sends a bearer token. `restart()` closes server and store and opens both again from
 * what is on disk (embedded: the folder; Neo4j: the same database), as a process restart would.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSeedDirectory } from '../../../seed/loader/load-seed-directory';
import { formatSeedError } from '../../../seed/loader/seed-errors';
import { parseWriteTokens, type WriteAccess } from '../../../server/auth/write-tokens';
import { createServer, type RunningServer } from '../../../server/http/create-server';
import { createCurationService } from '../../../server/mutations/curation-service';
import { DEFAULT_SEED_DIR } from '../../../server/project-root';
import { createEmbeddedStore } from '../../../server/store/embedded/create-embedded-store';
import type { GraphStore } from '../../../server/store/graph-store';
import { describeWithService, neo4jGate } from '../../support/service-gates';
import type { GraphQLResponse } from './api-server';

export const CURATOR_TOKEN = 'curator-token-0123456789abcdef';
export const OTHER_TOKEN = 'second-token-abcdef0123456789';
export const TOKENS = `alice:${CURATOR_TOKEN},bob:${OTHER_TOKEN}`;

export type StoreKind = 'embedded' | 'neo4j';

export async function copySeed(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'whosaid-curation-'));
  await cp(path.join(DEFAULT_SEED_DIR, 'sources'), path.join(dir, 'sources'), { recursive: true });
  await cp(path.join(DEFAULT_SEED_DIR, 'topics.yaml'), path.join(dir, 'topics.yaml'));
  return dir;
}

async function batchOf(seedDir: string) {
  const result = await loadSeedDirectory({ seedDir });
  if (!result.ok) throw new Error(`seed copy does not load:\n${result.errors.map(formatSeedError).join('\n')}`);
  return result.batch;
}

/** Opens a store of `kind` holding the seed of `seedDir`; `fresh` wipes Neo4j first (npm run seed on an empty database). */
export async function openStore({
  kind,
  seedDir,
  fresh,
}: {
  kind: StoreKind;
  seedDir: string;
  fresh: boolean;
}): Promise<GraphStore> {
  if (kind === 'embedded') {
    // The embedded store has nothing but the folders to come back from.
    const store = createEmbeddedStore();
    await store.writeBatch({ batch: await batchOf(seedDir) });
    return store;
  }
  const { createNeo4jStore } = await import('../../../server/store/neo4j/create-neo4j-store');
  const { neo4jTestSettings, neo4jTestWiper } = await import('../../neo4j/neo4j-test-connection');
  if (fresh) {
    const wiper = neo4jTestWiper();
    await wiper.wipe();
    await wiper.close();
  }
  const store = await createNeo4jStore(neo4jTestSettings());
  if (fresh) await store.writeBatch({ batch: await batchOf(seedDir) });
  return store;
}

export interface CurationApi {
  seedDir: string;
  store: () => GraphStore;
  server: () => RunningServer;
  /** token undefined: no Authorization header. */
  gql: <T = any>(args: {
    query: string;
    variables?: Record<string, unknown>;
    token?: string | null;
  }) => Promise<GraphQLResponse<T>>;
  restart: () => Promise<void>;
  /** Like restart, but the store is rebuilt from the folders (npm run seed on an emptied Neo4j). */
  rebuild: () => Promise<void>;
  stop: () => Promise<void>;
}

export async function startCurationApi({
  kind,
  seedDir,
  writeAccess = parseWriteTokens({ value: TOKENS }),
  wrapStore = (s) => s,
}: {
  kind: StoreKind;
  seedDir: string;
  writeAccess?: WriteAccess;
  /** Lets a test inject faults into the store the mutations write to. */
  wrapStore?: (store: GraphStore) => GraphStore;
}): Promise<CurationApi> {
  let store = await openStore({ kind, seedDir, fresh: true });
  const open = async () => {
    const wrapped = wrapStore(store);
    return createServer({
      store: wrapped,
      port: 0,
      writeAccess,
      seedDir,
      curation: createCurationService({ seedDir, store: wrapped }),
    });
  };
  let server = await open();
  return {
    seedDir,
    store: () => store,
    server: () => server,
    gql: async ({ query, variables, token = CURATOR_TOKEN }) => {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      };
      if (token !== null) headers.authorization = `Bearer ${token}`;
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
    },
    restart: async () => {
      await server.stop();
      await store.close();
      store = await openStore({ kind, seedDir, fresh: false });
      server = await open();
    },
    rebuild: async () => {
      await server.stop();
      await store.close();
      store = await openStore({ kind, seedDir, fresh: true });
      server = await open();
    },
    stop: async () => {
      await server.stop();
      await store.close();
      await rm(seedDir, { recursive: true, force: true });
    },
  };
}

/** Registers `body` once per store kind; the Neo4j one takes the cross-suite lock and skips without NEO4J_TEST_URI. */
export function describeForEachWritableStore(title: string, body: (kind: StoreKind) => void): void {
  describe(`${title} [embedded store]`, () => body('embedded'));
  describeWithService(neo4jGate(), `${title} [neo4j store]`, () => {
    let unlock: (() => void) | undefined;
    beforeAll(async () => {
      const { lockNeo4jTestDatabase } = await import('../../neo4j/neo4j-test-lock');
      const { neo4jTestSettings } = await import('../../neo4j/neo4j-test-connection');
      unlock = await lockNeo4jTestDatabase({ uri: neo4jTestSettings().uri });
    }, 600_000);
    afterAll(() => unlock?.());
    body('neo4j');
  });
}
