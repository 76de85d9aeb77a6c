/**
 * Executes every ```graphql block of docs/queries.md verbatim (with the ```json block after it as
 * variables) over HTTP against both stores: no errors, and every top-level field returns data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../server/project-root';
import { parseExamples } from './support/example-queries';
import { describeForEachStore } from './support/seeded-stores';

/** Empty: null, [], 0 (a count of nothing), or an object whose every value is empty. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value as object).every(isEmpty);
  return false;
}

const examples = parseExamples({ markdown: readFileSync(path.join(PROJECT_ROOT, 'docs', 'queries.md'), 'utf8') });

describe('docs/queries.md', () => {
  it('holds 8 to 12 example queries, each with a title', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(examples.length).toBeLessThanOrEqual(12);
    for (const example of examples) expect(example.title).not.toBe('');
  });
});

describeForEachStore('docs/queries.md examples', (api) => {
  it.each(examples.map((e) => [e.title, e] as const))('%s', async (_title, example) => {
    const res = await api().gql({ query: example.query, variables: example.variables });
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    for (const [field, value] of Object.entries(res.data ?? {})) {
      expect({ field, empty: isEmpty(value) }).toEqual({ field, empty: false });
    }
  });
});
