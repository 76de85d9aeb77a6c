/**
 * The HTTP surface: /graphql (Apollo, CSRF prevention on), /healthz (process up), /readyz (store
 * reachable, answered within READY_TIMEOUT_MS whatever the store does), and the built UI
 * (ui-routes.ts). Errors never render express's HTML page (stack trace, absolute paths).
 */
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { GraphQLContext } from '../graphql/context';
import { requestSignal } from '../graphql/limits/request-deadline';
import { createLoaders } from '../graphql/loaders';
import type { GraphStore } from '../store/graph-store';
import { withDeadline } from '../store/with-deadline';
import { bodyLimit } from './body-limit';
import { uiRoutes } from './ui-routes';

/** /readyz answers within this, even when the store hangs (a frozen Neo4j). */
export const READY_TIMEOUT_MS = 1_500;
export const MAX_BODY_BYTES = 100 * 1024;

export interface RequestLimits {
  /** A GraphQL request stops and answers REQUEST_TIMEOUT after this. */
  requestTimeoutMs: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = { requestTimeoutMs: 10_000 };

export function createApp({
  store,
  apollo,
  clientDistDir,
  production = false,
  limits = DEFAULT_REQUEST_LIMITS,
}: {
  store: GraphStore;
  /** Must already be started. */
  apollo: ApolloServer<GraphQLContext>;
  clientDistDir: string;
  production?: boolean;
  limits?: RequestLimits;
}): Express {
  const app = express();
  app.disable('x-powered-by');
  // nosniff, no referrer leaks, etc. for every answer; the CSP is the UI's (ui-routes.ts), since
  // Apollo's development landing page loads its own scripts.
  app.use(helmet({ contentSecurityPolicy: false, strictTransportSecurity: false }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    try {
      await withDeadline({ promise: store.ping(), ms: READY_TIMEOUT_MS, what: 'readiness check' });
      res.json({ status: 'ready', store: store.kind });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', store: store.kind, reason: error instanceof Error ? error.message : String(error) });
    }
  });

  app.use(
    '/graphql',
    bodyLimit({ limit: MAX_BODY_BYTES }),
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      // One set of loaders per request: caching never outlives the operation.
      context: async ({ res }) => ({
        store,
        loaders: createLoaders({ store }),
        signal: requestSignal({ res, deadlineMs: limits.requestTimeoutMs }),
      }),
    }),
  );

  // Malformed JSON or an oversized body: answer in GraphQL's error shape, never express's HTML
  // page (which carries a stack trace outside production).
  app.use('/graphql', (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const status = (error as { status?: unknown }).status;
    if (res.headersSent) return; // bodyLimit already answered
    if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
    const message = status === 413 ? `Request body too large (limit ${MAX_BODY_BYTES / 1024}kb)` : 'Request body is not valid JSON';
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  });

  app.use(uiRoutes({ clientDistDir, production }));

  // Last resort for every route (`GET /%` is a URI error): a short plain answer, no stack, no paths.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const raw = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
    const status = typeof raw === 'number' && raw >= 400 && raw < 600 ? raw : 500;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res
      .status(status)
      .type('text/plain')
      .send(status < 500 ? 'Bad request\n' : 'Internal server error\n');
  });
  return app;
}
