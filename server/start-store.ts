/**
 * Picks and opens the store at startup. NEO4J_URI unset: the embedded store, loaded from the seed
 * folder (seed errors are fatal, printed `file:line  path  message`). NEO4J_URI set: Neo4j, retried
 * with exponential backoff for a bounded time (a database container often starts after the API);
 * rejected credentials are not retried, since waiting cannot fix them.
 */
import { formatSeedError } from '../seed/loader/seed-errors';
import { loadSeedDirectory } from '../seed/loader/load-seed-directory';
import type { Neo4jConfig, ServerConfig } from './config';
import type { GraphStore } from './store/graph-store';
import { createEmbeddedStore } from './store/embedded/create-embedded-store';
import { createNeo4jStore } from './store/neo4j/create-neo4j-store';
import { withCircuitBreaker } from './store/store-circuit-breaker';

/** Startup failed in a way the operator must fix; `message` is the one line to print. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
  constructor(
    message: string,
    /** Extra lines (one per seed error) printed before the message. */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

export interface StartStoreDeps {
  connectNeo4j: (config: Neo4jConfig) => Promise<GraphStore>;
  loadEmbedded: (args: { seedDir: string }) => Promise<GraphStore>;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  log: (line: string) => void;
}

export const FIRST_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 8_000;

async function loadEmbeddedFromSeed({ seedDir }: { seedDir: string }): Promise<GraphStore> {
  const result = await loadSeedDirectory({ seedDir });
  if (!result.ok) {
    throw new StartupError(
      `${result.errors.length} problem(s) in the seed folder ${seedDir}; fix them (npm run seed:check) and restart.`,
      result.errors.map(formatSeedError),
    );
  }
  const store = createEmbeddedStore();
  await store.writeBatch({ batch: result.batch });
  return store;
}

export const defaultStartStoreDeps: StartStoreDeps = {
  // Behind a circuit breaker: once Neo4j is known to be down, requests fail at once instead of
  // each waiting out the driver's timeouts; a background probe closes it again.
  connectNeo4j: async ({ uri, user, password, database }) =>
    withCircuitBreaker({
      store: await createNeo4jStore({ uri, user, password, database }),
      options: { log: (line) => process.stderr.write(`whosaid: ${line}\n`) },
    }),
  loadEmbedded: loadEmbeddedFromSeed,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
  log: (line) => process.stdout.write(`${line}\n`),
};

/** Wrong user or password: Neo4j answers, so retrying would only hit its auth rate limit. */
export function isCredentialsError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Neo.ClientError.Security.')) return true;
    if (/credential|unauthori[sz]ed|authentication failure/i.test(e.message)) return true;
  }
  return false;
}

/** The driver refused the URI itself (bad scheme, unparsable): no retry can fix it. */
export function isPermanentError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (/cannot be used|unknown scheme|invalid url|not supported scheme|Illegal|malformed/i.test(e.message))
      return true;
  }
  return false;
}

const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

async function connectWithRetry({ neo4j, deps }: { neo4j: Neo4jConfig; deps: StartStoreDeps }): Promise<GraphStore> {
  const deadline = deps.now() + neo4j.connectTimeoutMs;
  let delay = FIRST_RETRY_DELAY_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.connectNeo4j(neo4j);
    } catch (error) {
      if (isPermanentError(error)) {
        throw new StartupError(`Cannot use Neo4j at ${neo4j.uri}: ${oneLine(error)}`);
      }
      if (isCredentialsError(error)) {
        throw new StartupError(
          `Cannot use Neo4j at ${neo4j.uri}: wrong credentials for user "${neo4j.user}" (${oneLine(error)})`,
        );
      }
      const remaining = deadline - deps.now();
      if (remaining <= 0) {
        const seconds = Math.round(neo4j.connectTimeoutMs / 1000);
        throw new StartupError(
          `Cannot reach Neo4j at ${neo4j.uri} after ${attempt} attempt(s) in ${seconds}s: ${oneLine(error)}`,
        );
      }
      const wait = Math.min(delay, remaining);
      deps.log(`Neo4j at ${neo4j.uri} not ready (attempt ${attempt}: ${oneLine(error)}); retrying in ${wait} ms`);
      await deps.sleep(wait);
      delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
    }
  }
}

export async function startStore({
  config,
  deps = defaultStartStoreDeps,
}: {
  config: Pick<ServerConfig, 'neo4j' | 'seedDir'>;
  deps?: StartStoreDeps;
}): Promise<GraphStore> {
  if (config.neo4j) return connectWithRetry({ neo4j: config.neo4j, deps });
  return deps.loadEmbedded({ seedDir: config.seedDir });
}
