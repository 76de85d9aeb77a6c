/** Reads the examples of docs/queries.md: each ```graphql block, titled by its `## ` heading, with the ```json block after it as variables. */
export interface Example {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export function parseExamples({ markdown }: { markdown: string }): Example[] {
  const examples: Example[] = [];
  let title = '';
  const blocks = /^## (.+)$|^```(graphql|json)\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(blocks)) {
    if (match[1]) title = match[1];
    else if (match[2] === 'graphql') examples.push({ title, query: match[3] });
    else if (match[2] === 'json') {
      const last = examples[examples.length - 1];
      if (!last || last.variables) throw new Error(`docs/queries.md: a json block under "${title}" follows no query`);
      last.variables = JSON.parse(match[3]);
    }
  }
  return examples;
}
