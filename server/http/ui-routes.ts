/**
 * The built UI (dist/client) behind helmet's security headers. A strict Content-Security-Policy
 * (scripts only from this origin, no inline script; nobody may frame the page) is safe because Vite's
 * production build loads the app as an external module; tests/e2e checks the page raises no CSP
 * violation. Client-side routes (/entity/sensetime) get index.html; anything that looks like a file
 * (/assets/x.js, /favicon.ico) and does not exist is a real 404, so a missing bundle fails loudly
 * instead of being parsed as HTML. Source maps are never served in production.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import helmet from 'helmet';

export function uiSecurityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        // Served over plain http on a LAN or localhost as often as behind TLS.
        'upgrade-insecure-requests': null,
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Plain http deployments are common (see above); HSTS belongs to the TLS terminator.
    strictTransportSecurity: false,
  });
}

/**
 * The GraphQL IDE's policy: the same "scripts only from here" rule, plus what Monaco needs:
 * its workers are files of this origin (worker-src 'self'; blob: for Monaco's fallback), it
 * sets inline styles, and graphiql's icon fonts are data: URLs. No https: source anywhere, so
 * the page cannot quietly depend on a CDN.
 */
export function graphiqlSecurityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'font-src': ["'self'", 'data:'],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: false,
  });
}

/** The built IDE page, when the UI is built (else /graphql keeps Apollo's own answer). */
export function graphiqlPage({ clientDistDir }: { clientDistDir: string }): string | null {
  const page = path.join(clientDistDir, 'graphiql.html');
  return existsSync(page) ? page : null;
}

/**
 * GET /graphiql serves the IDE; a browser opening /graphql (a GET that prefers HTML) is sent
 * there instead of Apollo's landing page, whose script comes from a CDN. JSON GETs and POSTs
 * are untouched, so Apollo's CSRF prevention still sees every operation.
 */
export function graphiqlRoutes({ clientDistDir }: { clientDistDir: string }): Router {
  const router = express.Router();
  const page = graphiqlPage({ clientDistDir });
  if (!page) return router;
  router.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html')
      return next();
    res.redirect(302, '/graphiql');
  });
  router.get('/graphiql.html', (_req, res) => res.redirect(301, '/graphiql'));
  router.get('/graphiql', graphiqlSecurityHeaders(), (_req, res) => {
    res.sendFile(page);
  });
  return router;
}

export function uiRoutes({ clientDistDir, production }: { clientDistDir: string; production: boolean }): Router {
  const router = express.Router();
  router.use(uiSecurityHeaders());
  const indexHtml = path.join(clientDistDir, 'index.html');
  if (!existsSync(indexHtml)) {
    router.get('/', (_req, res) => {
      res
        .status(200)
        .type('text/plain')
        .send(
          'whosaid API is running at /graphql.\nThe UI is not built: run `npm run build:client` (output dist/client), then restart.\n',
        );
    });
    return router;
  }
  if (production) {
    router.use((req, res, next) =>
      req.path.endsWith('.map') ? res.status(404).type('text/plain').send('Not found\n') : next(),
    );
  }
  router.use(express.static(clientDistDir, { index: 'index.html', fallthrough: true }));
  router.get('/{*path}', (req, res) => {
    // A path whose last segment has an extension names a file: it was not found above.
    if (/\.[A-Za-z0-9]+$/.test(req.path) || req.path.startsWith('/assets/')) {
      res.status(404).type('text/plain').send('Not found\n');
      return;
    }
    res.sendFile(indexHtml);
  });
  return router;
}
