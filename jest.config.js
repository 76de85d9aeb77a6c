/**
 * Jest projects: node-side tests (unit, contract, api), client component tests (jsdom), and the
 * browser suite (real Chromium), run twice: on seed/ and on the two-source fixture seed. SWC strips types only; `npm run typecheck` does the type checking.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

module.exports = {
  // Every Neo4j suite wipes the one test database (Community has a single user database), so
  // suites must not run side by side when a Neo4j is configured.
  maxWorkers: process.env.NEO4J_TEST_URI ? 1 : '50%',
  reporters: ['default', '<rootDir>/tests/support/skipped-suites-reporter.js'],
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      // tests/faults freezes and kills its own Neo4j: jest.faults.config.js, run after `npm test`.
      testPathIgnorePatterns: [
        '/node_modules/',
        '<rootDir>/tests/e2e/',
        '<rootDir>/tests/client/',
        '<rootDir>/tests/faults/',
      ],
    },
    {
      ...common,
      displayName: 'client',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/client/**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/tests/client/setup-client-tests.ts'],
      moduleNameMapper: { '\\.(css)$': '<rootDir>/tests/client/style-stub.js' },
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
    {
      // The explorer scenarios again on the two-source fixture seed (issue 13, section 6). Not
      // here: curation (writes to its own copy of a seed), explorer-sources (always runs on the
      // fixture), graphiql (the IDE page, the same on any seed).
      ...common,
      displayName: 'e2e-two-source',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/explorer-*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/explorer-sources.test.ts'],
      setupFiles: ['<rootDir>/tests/e2e/support/two-source-seed-env.js'],
    },
  ],
};
