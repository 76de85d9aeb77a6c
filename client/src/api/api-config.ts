/**
 * Where the API lives. The UI is served by the API server (or proxied by Vite in development),
 * so a same-origin path is right everywhere; kept in its own module so tests can replace it.
 */
export const GRAPHQL_PATH = '/graphql';
/** The first (and for now only) article the explorer opens on. */
export const DEFAULT_SOURCE_ID = 'ai-race-article';
