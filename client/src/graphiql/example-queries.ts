/**
 * The worked examples of docs/queries.md, read from the page itself (bundled as text), so the
 * IDE offers exactly what the docs show and tests/api executes. Each "## N. Title" section
 * holds one ```graphql block and, optionally, the ```json variables after it.
 */
export interface ExampleQuery {
  title: string;
  query: string;
  variables: string;
}

const SECTION = /^## (.+)$/gm;
const BLOCK = /```(graphql|json)\n([\s\S]*?)```/g;

export function parseExampleQueries({ markdown }: { markdown: string }): ExampleQuery[] {
  const headings = [...markdown.matchAll(SECTION)];
  const examples: ExampleQuery[] = [];
  headings.forEach((heading, i) => {
    const start = heading.index + heading[0].length;
    const end = i + 1 < headings.length ? headings[i + 1].index : markdown.length;
    let query = '';
    let variables = '';
    for (const block of markdown.slice(start, end).matchAll(BLOCK)) {
      if (block[1] === 'graphql' && !query) query = block[2].trim();
      else if (block[1] === 'json' && query && !variables) variables = block[2].trim();
    }
    if (query) examples.push({ title: heading[1].trim(), query, variables });
  });
  return examples;
}
