/**
 * The GraphQL IDE at /graphiql: the graphiql package built with the client (no CDN script,
 * font or stylesheet), talking to this server's /graphql, with docs/queries.md's examples in a
 * picker. The first visit opens on the first example.
 */
import './monaco-workers';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import queriesMarkdown from '../../../docs/queries.md?raw';
import { GRAPHQL_PATH } from '../api/api-config';
import { ExamplePicker } from './ExamplePicker';
import { parseExampleQueries } from './example-queries';
import './graphiql.css';

const examples = parseExampleQueries({ markdown: queriesMarkdown });

/** A plain JSON POST: Apollo's CSRF prevention accepts it (content-type application/json). */
async function fetcher(params: unknown) {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
}

// graphiql keeps its tabs in localStorage ("graphiql:tabState"); only a first visit (nothing
// stored) opens on the first example, with its variables, so a returning user keeps their work.
const firstVisit = (() => {
  try {
    return localStorage.getItem('graphiql:tabState') === null;
  } catch {
    return true;
  }
})();
const first = firstVisit ? examples[0] : undefined;

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no #graphiql element');
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={examples[0]?.query ?? '{ stats { totalNodes totalRelationships } }'}
      initialQuery={first?.query}
      initialVariables={first?.variables}
    >
      <GraphiQL.Logo>
        <a href="/" className="whosaid-home" title="Back to the whosaid explorer">
          whosaid
        </a>{' '}
        GraphiQL
      </GraphiQL.Logo>
      <GraphiQL.Footer>
        <ExamplePicker examples={examples} />
      </GraphiQL.Footer>
    </GraphiQL>
  </StrictMode>,
);
