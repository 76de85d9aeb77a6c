/** Opens an example of docs/queries.md in a new GraphiQL tab (query and variables). */
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { ExampleQuery } from './example-queries';

/** The example's operations, parsed now: GraphiQL only re-reads them 100 ms after an edit. */
function operationFacts(query: string) {
  try {
    const documentAST = parse(query);
    const operations = documentAST.definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    return { documentAST, operations, operationName: operations[0]?.name?.value };
  } catch {
    return undefined;
  }
}

export function ExamplePicker({ examples }: { examples: ExampleQuery[] }) {
  const { addTab, setOperationFacts, updateActiveTabValues } = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  return (
    <label className="example-picker">
      Examples{' '}
      <select
        aria-label="Open an example query from docs/queries.md"
        value=""
        onChange={(event) => {
          const example = examples[Number(event.target.value)];
          if (!example) return;
          // A new tab, then the editors' contents: the tab's state follows its editors.
          addTab();
          queryEditor?.setValue(example.query);
          variableEditor?.setValue(example.variables);
          // Without this, Run (button or Ctrl+Enter) pressed within GraphiQL's 100 ms debounce sends
          // the previous tab's operation name with the new text, and the server answers "Unknown operation".
          const facts = operationFacts(example.query);
          if (facts) {
            setOperationFacts(facts);
            updateActiveTabValues({ query: example.query, operationName: facts.operationName ?? null });
          }
        }}
      >
        <option value="">Pick one of {examples.length}…</option>
        {examples.map((example, i) => (
          <option key={example.title} value={i}>
            {example.title}
          </option>
        ))}
      </select>
    </label>
  );
}
