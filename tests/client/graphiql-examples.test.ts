import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseExampleQueries } from '../../client/src/graphiql/example-queries';

describe('GraphiQL examples from docs/queries.md', () => {
  const markdown = readFileSync(path.join(__dirname, '../../docs/queries.md'), 'utf8');

  it('offers every numbered example with its query and variables', () => {
    const examples = parseExampleQueries({ markdown });
    const headings = markdown.match(/^## /gm) ?? [];
    expect(examples).toHaveLength(headings.length);
    expect(examples[0]).toMatchObject({ title: '1. Who said Chinese open models are dominating?' });
    expect(examples[0].query).toMatch(/^query WhoSaidOpenModelsDominate/);
    expect(JSON.parse(examples[0].variables)).toEqual({ text: 'Chinese open models dominating' });
  });

  it('takes the first graphql block of a section and only the json after it', () => {
    const md =
      '## A\n\n```json\n{"x":1}\n```\n\n```graphql\n{ a }\n```\n\n```json\n{"y":2}\n```\n\n## B\n\ntext only\n';
    expect(parseExampleQueries({ markdown: md })).toEqual([{ title: 'A', query: '{ a }', variables: '{"y":2}' }]);
  });
});
