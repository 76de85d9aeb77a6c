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

export function uiRoutes({ clientDistDir, production }: { clientDistDir: string; production: boolean }): Router {
  const router = express.Router();
  router.use(uiSecurityHeaders());
  const indexHtml = path.join(clientDistDir, 'index.html');
  if (!existsSync(indexHtml)) {
    router.get('/', (_req, res) => {
      res
        .status(200)
        .type('text/plain')
        .send('whosaid API is running at /graphql.\nThe UI is not built: run `npm run build:client` (output dist/client), then restart.\n');
    });
    return router;
  }
  if (production) {
    router.use((req, res, next) => (req.path.endsWith('.map') ? res.status(404).type('text/plain').send('Not found\n') : next()));
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
