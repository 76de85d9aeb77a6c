/**
 * Starts Apollo + express on a port (0 = any free port, as tests use) and returns its URL and a
 * stop() that drains open requests. The store is the caller's: stop() does not close it.
 */
import http from 'node:http';
import type { Logger } from 'pino';
import type { AddressInfo } from 'node:net';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { createApolloServer, DEFAULT_MAX_RESPONSE_BYTES } from '../graphql/create-apollo-server';
import { CLIENT_DIST_DIR, DEFAULT_SEED_DIR } from '../project-root';
import type { WriteAccess } from '../auth/write-tokens';
import { createCurationService, type CurationService } from '../mutations/curation-service';
import type { GraphStore } from '../store/graph-store';
import { createApp, DEFAULT_REQUEST_LIMITS } from './create-app';

/**
 * Slow clients are cut off in seconds: Node's defaults (60 s for headers, 300 s for a request, checked
 * every 30 s) let a few slow-loris connections hold sockets for minutes.
 */
export const HTTP_TIMEOUTS = {
  headersTimeoutMs: 5_000,
  /** The whole request (headers and body) must arrive within this. */
  requestTimeoutMs: 10_000,
  checkIntervalMs: 1_000,
} as const;

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 (no trailing slash). */
  url: string;
  /** `${url}/graphql` */
  graphqlUrl: string;
  stop: () => Promise<void>;
}

export async function createServer({
  store,
  port,
  host = '127.0.0.1',
  production = process.env.NODE_ENV === 'production',
  introspection = !production,
  clientDistDir = CLIENT_DIST_DIR,
  logger,
  requestTimeoutMs = DEFAULT_REQUEST_LIMITS.requestTimeoutMs,
  maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
  httpTimeouts = HTTP_TIMEOUTS,
  writeAccess = { kind: 'off' },
  seedDir = DEFAULT_SEED_DIR,
  curation = createCurationService({ seedDir, store }),
  yieldAfterMs,
}: {
  store: GraphStore;
  port: number;
  host?: string;
  production?: boolean;
  introspection?: boolean;
  clientDistDir?: string;
  /** Default: the process logger of server/logging.ts. */
  logger?: Logger;
  /** Deadline of one GraphQL request (WHOSAID_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  /** Largest GraphQL answer (WHOSAID_MAX_RESPONSE_BYTES). */
  maxResponseBytes?: number;
  httpTimeouts?: { headersTimeoutMs: number; requestTimeoutMs: number; checkIntervalMs: number };
  /** WHOSAID_WRITE_TOKENS, parsed; default off (every mutation FORBIDDEN). */
  writeAccess?: WriteAccess;
  /** The seed folder curation writes to (and Source.version/history read from). */
  seedDir?: string;
  /** Default: a service over seedDir and store; tests pass one with fault hooks. */
  curation?: CurationService;
  /** How long resolvers run before yielding the event loop (graphql/limits/bounded-schema.ts). */
  yieldAfterMs?: number;
}): Promise<RunningServer> {
  const httpServer = http.createServer({
    headersTimeout: httpTimeouts.headersTimeoutMs,
    requestTimeout: httpTimeouts.requestTimeoutMs,
    connectionsCheckingInterval: httpTimeouts.checkIntervalMs,
  });
  const apollo = createApolloServer({
    production,
    introspection,
    maxResponseBytes,
    yieldAfterMs,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  httpServer.on(
    'request',
    createApp({
      store,
      apollo,
      clientDistDir,
      production,
      limits: { requestTimeoutMs },
      logger,
      writeAccess,
      curation,
    }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  let stopped: Promise<void> | null = null;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    // apollo.stop() drains the HTTP server through the plugin, then closes it.
    stop: () => (stopped ??= apollo.stop()),
  };
}
