import '@testing-library/jest-dom';

/**
 * The app loads its GraphQL documents with Vite's `?raw` imports, which Jest can't resolve.
 * Replace that one module with the same composition read from the same .graphql files.
 */
import type * as NodeFs from 'node:fs';
import type * as NodePath from 'node:path';

jest.mock('../../client/src/api/graphql-documents', () => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const fs = require('node:fs') as typeof NodeFs;
  const path = require('node:path') as typeof NodePath;
  const { composeDocuments, GRAPHQL_FILE_NAMES } = require('../../client/src/api/compose-documents');
  const dir = path.join(__dirname, '../../client/src/graphql');
  const files = Object.fromEntries(
    Object.entries(GRAPHQL_FILE_NAMES as Record<string, string>).map(([key, name]) => [
      key,
      fs.readFileSync(path.join(dir, name), 'utf8'),
    ]),
  );
  return { DOCUMENTS: composeDocuments(files) };
});

// jsdom lacks these; components feature-detect them, but CSS.escape is used unguarded.
if (!(globalThis as { CSS?: unknown }).CSS) {
  (globalThis as unknown as { CSS: { escape: (s: string) => string } }).CSS = {
    escape: (s: string) => s.replace(/["\\]/g, '\\$&'),
  };
}
