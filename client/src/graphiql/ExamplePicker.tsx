/** Opens an example of docs/queries.md in a new GraphiQL tab (query and variables). */
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import type { ExampleQuery } from './example-queries';

export function ExamplePicker({ examples }: { examples: ExampleQuery[] }) {
  const { addTab } = useGraphiQLActions();
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
