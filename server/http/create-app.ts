/**
 * The HTTP surface: /graphql (Apollo, CSRF prevention on), /healthz (process up), /readyz (store
 * reachable), and the built UI from dist/client with an SPA fallback to index.html.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { ERROR_CODES } from '../../domain/error-codes';
import { badRequestBody } from '../errors/api-errors';
import type { GraphQLContext } from '../graphql/context';
import { createLoaders } from '../graphql/loaders';
import { logger as defaultLogger, requestIdFrom } from '../logging';
import type { GraphStore } from '../store/graph-store';

/** Per-request state the middleware below attaches to express's res.locals. */
interface RequestLocals {
  requestId: string;
  log: Logger;
}

export function createApp({
  store,
  apollo,
  clientDistDir,
  logger = defaultLogger,
}: {
  store: GraphStore;
  /** Where unexpected errors are logged (a child per request carries its id). */
  logger?: Logger;
  /** Must already be started. */
  apollo: ApolloServer<GraphQLContext>;
  clientDistDir: string;
}): Express {
  const app = express();
  app.disable('x-powered-by');

  // Every request gets an id (a sane incoming x-request-id is kept), echoed in the response header,
  // so a client can quote it and an operator can find the matching log line.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const requestId = requestIdFrom({ header: req.headers['x-request-id'] });
    res.setHeader('x-request-id', requestId);
    (res.locals as RequestLocals).requestId = requestId;
    (res.locals as RequestLocals).log = logger.child({ requestId });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: 'ready', store: store.kind });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', store: store.kind, reason: error instanceof Error ? error.message : String(error) });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      // One set of loaders per request: caching never outlives the operation.
      context: async ({ res }) => {
        const { requestId, log } = res.locals as RequestLocals;
        return { store, loaders: createLoaders({ store }), requestId, log };
      },
    }),
  );

  // Malformed JSON or an oversized body: answer in GraphQL's error shape, never express's HTML
  // page (which carries a stack trace outside production).
  app.use('/graphql', (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const status = (error as { status?: unknown }).status;
    if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
    const message = status === 413 ? 'Request body too large (limit 100kb)' : 'Request body is not valid JSON';
    res.status(status).json(badRequestBody({ message }));
  });

  const indexHtml = path.join(clientDistDir, 'index.html');
  if (existsSync(indexHtml)) {
    app.use(express.static(clientDistDir, { index: 'index.html' }));
    // Client-side routes (/entity/sensetime) get the app shell; the router takes it from there.
    app.get('/{*path}', (_req, res) => res.sendFile(indexHtml));
  } else {
    app.get('/', (_req, res) => {
      res
        .status(200)
        .type('text/plain')
        .send('whosaid API is running at /graphql.\nThe UI is not built: run `npm run build:client` (output dist/client), then restart.\n');
    });
  }

  // Anything else that reaches express's error handling is a bug: log it with the request id and
  // answer with the id only (express's default page would show a stack trace outside production).
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const { requestId, log } = res.locals as RequestLocals;
    log.error({ err: error }, 'unexpected error');
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ERROR_CODES.INTERNAL_SERVER_ERROR, requestId } }] });
  });
  return app;
}
