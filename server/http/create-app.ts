/**
 * The HTTP surface: /graphql (Apollo, CSRF prevention on), /healthz (process up), /readyz (store
 * reachable, answered within READY_TIMEOUT_MS whatever the store does), and the built UI
 * (ui-routes.ts). Errors never render express's HTML page (stack trace, absolute paths).
 */
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { badRequestBody } from '../errors/api-errors';
import helmet from 'helmet';
import type { GraphQLContext } from '../graphql/context';
import { requestSignal } from '../graphql/limits/request-deadline';
import { createLoaders } from '../graphql/loaders';
import { logger as defaultLogger, requestIdFrom } from '../logging';
import { authenticate } from '../auth/authenticate';
import type { WriteAccess } from '../auth/write-tokens';
import type { CurationService } from '../mutations/curation-service';
import type { GraphStore } from '../store/graph-store';
import { withDeadline } from '../store/with-deadline';
import { bodyLimit } from './body-limit';
import { graphiqlRoutes, uiRoutes } from './ui-routes';

/** /readyz answers within this, even when the store hangs (a frozen Neo4j). */
export const READY_TIMEOUT_MS = 1_500;
/**
 * Largest request body: room for a saveSource of a 200,000-character text (LIMITS.MAX_SOURCE_TEXT)
 * with its records, JSON-escaped. Refused from Content-Length before it is read (body-limit.ts).
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface RequestLimits {
  /** A GraphQL request stops and answers REQUEST_TIMEOUT after this. */
  requestTimeoutMs: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = { requestTimeoutMs: 10_000 };

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
  production = false,
  limits = DEFAULT_REQUEST_LIMITS,
  writeAccess = { kind: 'off' },
  curation = null,
}: {
  store: GraphStore;
  /** Where unexpected errors are logged (a child per request carries its id). */
  logger?: Logger;
  /** Mutations answer FORBIDDEN while off. */
  writeAccess?: WriteAccess;
  curation?: CurationService | null;
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
      await withDeadline({ promise: store.ping(), ms: READY_TIMEOUT_MS, what: 'readiness check' });
      res.json({ status: 'ready', store: store.kind });
    } catch (error) {
      res.status(503).json({
        status: 'unavailable',
        store: store.kind,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  });

  // Before /graphql: a browser's GET /graphql goes to the local IDE (ui-routes.ts).
  app.use(graphiqlRoutes({ clientDistDir }));

  app.use(
    '/graphql',
    bodyLimit({ limit: MAX_BODY_BYTES }),
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      // One set of loaders per request: caching never outlives the operation.
      context: async ({ req, res }) => {
        const { requestId, log } = res.locals as RequestLocals;
        return {
          store,
          loaders: createLoaders({ store }),
          requestId,
          log,
          signal: requestSignal({ res, deadlineMs: limits.requestTimeoutMs }),
          auth: authenticate({ access: writeAccess, authorization: req.headers.authorization }),
          curation,
        };
      },
    }),
  );

  // Malformed JSON or an oversized body: answer in GraphQL's error shape, never express's HTML
  // page (which carries a stack trace outside production).
  app.use('/graphql', (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const status = (error as { status?: unknown }).status;
    if (res.headersSent) return; // bodyLimit already answered
    if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
    const message =
      status === 413 ? `Request body too large (limit ${MAX_BODY_BYTES / 1024}kb)` : 'Request body is not valid JSON';
    res.status(status).json(badRequestBody({ message }));
  });

  app.use(uiRoutes({ clientDistDir, production }));

  // Last resort for every route (`GET /%` is a URI error): a short plain answer, no stack, no paths.
  // A 5xx here is a bug: it is logged with the request id, which the answer carries.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const raw =
      (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
    const status = typeof raw === 'number' && raw >= 400 && raw < 600 ? raw : 500;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const { requestId, log } = res.locals as RequestLocals;
    if (status >= 500) log.error({ err: error }, 'unexpected error');
    res
      .status(status)
      .type('text/plain')
      .send(status < 500 ? 'Bad request\n' : `Internal server error (request id ${requestId})\n`);
  });
  return app;
}
