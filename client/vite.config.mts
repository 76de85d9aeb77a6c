/**
 * Vite builds the explorer from client/ into dist/client, which the API server serves.
 * In development the same origin proxies the API so the browser never needs CORS.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The API that `npm run dev` starts beside Vite listens on PORT (default 4000).
const API = process.env.WHOSAID_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? '4000'}`;

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    // Maps are written (for local debugging of a build) but not referenced from the bundles, and
    // the server refuses to serve them in production (server/http/ui-routes.ts).
    sourcemap: 'hidden',
    // cytoscape + fcose are one big chunk by nature; splitting them buys nothing here.
    chunkSizeWarningLimit: 1200,
    // Two pages: the explorer, and the GraphQL IDE (/graphiql) with Monaco, which stays out of
    // the explorer's bundle.
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
      // graphiql's React-compiled modules start with "use no memo"; bundling drops the directive
      // harmlessly, and the hundreds of lines saying so would hide real warnings.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // Monaco's workers are ES modules; bundled as files beside the page (worker-src 'self').
  worker: { format: 'es' },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/graphql': API,
      '/healthz': API,
      '/readyz': API,
    },
  },
});
