/**
 * The HTTP surface: /graphql (Apollo, CSRF prevention on), /healthz (process up), /readyz (store
 * reachable), and the built UI from dist/client with an SPA fallback to index.html.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { GraphQLContext } from '../graphql/context';
import { createLoaders } from '../graphql/loaders';
import { authenticate } from '../auth/authenticate';
import type { WriteAccess } from '../auth/write-tokens';
import type { CurationService } from '../mutations/curation-service';
import type { GraphStore } from '../store/graph-store';

/** Room for a saveSource of a 200,000-character text (LIMITS.MAX_SOURCE_TEXT) with its records, JSON-escaped. */
export const BODY_LIMIT = '2mb';

export function createApp({
  store,
  apollo,
  clientDistDir,
  writeAccess = { kind: 'off' },
  curation = null,
}: {
  store: GraphStore;
  /** Mutations answer FORBIDDEN while off. */
  writeAccess?: WriteAccess;
  curation?: CurationService | null;
  /** Must already be started. */
  apollo: ApolloServer<GraphQLContext>;
  clientDistDir: string;
}): Express {
  const app = express();
  app.disable('x-powered-by');

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
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      // One set of loaders per request: caching never outlives the operation.
      context: async ({ req }) => ({
        store,
        loaders: createLoaders({ store }),
        auth: authenticate({ access: writeAccess, authorization: req.headers.authorization }),
        curation,
      }),
    }),
  );

  // Malformed JSON or an oversized body: answer in GraphQL's error shape, never express's HTML
  // page (which carries a stack trace outside production).
  app.use('/graphql', (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const status = (error as { status?: unknown }).status;
    if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
    const message = status === 413 ? `Request body too large (limit ${BODY_LIMIT})` : 'Request body is not valid JSON';
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
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
  return app;
}
