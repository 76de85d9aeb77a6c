/**
 * The fault suite (tests/faults): starts its own Neo4j and freezes/kills it, so it never runs inside
 * `npm test` (which shares one Neo4j between suites). `npm run test:faults`; .ci/run runs it after
 * `npm test` and adds its counts to the final line.
 */
const base = require('./jest.config.js');
const node = base.projects.find((p) => p.displayName === 'node');

module.exports = {
  maxWorkers: 1,
  reporters: base.reporters,
  projects: [
    {
      ...node,
      displayName: 'faults',
      testMatch: ['<rootDir>/tests/faults/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/'],
    },
  ],
};
