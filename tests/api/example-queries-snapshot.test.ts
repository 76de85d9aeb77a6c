/**
 * Byte-for-byte guard on the API's answers: every example of docs/queries.md is sent over HTTP to
 * both stores and the raw response body must equal the committed snapshot
 * (tests/api/example-queries.snapshot.json). The snapshot was generated before the architecture
 * refactor (server/queries/), so a refactor that changes any answer, field order or number format
 * fails here. Regenerate deliberately with UPDATE_EXAMPLE_SNAPSHOT=1 after a wanted change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/project-root';
import { parseExamples } from './support/example-queries';
import { describeForEachStore } from './support/seeded-stores';

const SNAPSHOT_FILE = path.join(PROJECT_ROOT, 'tests', 'api', 'example-queries.snapshot.json');
const updating = process.env.UPDATE_EXAMPLE_SNAPSHOT === '1';

const examples = parseExamples({ markdown: readFileSync(path.join(PROJECT_ROOT, 'docs', 'queries.md'), 'utf8') });
const snapshot: Record<string, string> = existsSync(SNAPSHOT_FILE)
  ? JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8'))
  : {};
const recorded: Record<string, string> = {};

describe('example query snapshot', () => {
  it('has one entry per docs/queries.md example', () => {
    if (updating) return;
    expect(Object.keys(snapshot).sort()).toEqual(examples.map((e) => e.title).sort());
  });
});

describeForEachStore('docs/queries.md answers are byte-identical to the snapshot', (api) => {
  it.each(examples.map((e) => [e.title, e] as const))('%s', async (title, example) => {
    const response = await fetch(api().graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: example.query, variables: example.variables }),
    });
    const body = await response.text();
    expect(response.status).toBe(200);
    if (updating) {
      if (recorded[title] !== undefined) expect(body).toBe(recorded[title]);
      recorded[title] = body;
      return;
    }
    expect(body).toBe(snapshot[title]);
  });

  afterAll(() => {
    if (updating && Object.keys(recorded).length === examples.length) {
      writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(recorded, null, 2)}\n`);
    }
  });
});
