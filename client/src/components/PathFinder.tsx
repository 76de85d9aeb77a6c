/** "Find connections": two entity pickers, the shortest paths highlighted and written out. */
import { useState } from 'react';
import { pathText } from '../graph/path-text';
import { useExplorer } from '../state/explorer-context';
import type { PathSearchState } from '../state/graph-model';
import { assertNever } from '../state/graph-model';
import { EntityCombobox, type PickedEntity } from './EntityCombobox';

export function PathResult({ result }: { result: PathSearchState }) {
  switch (result.status) {
    case 'idle':
      return null;
    case 'loading':
      return <p className="loading">Looking for paths…</p>;
    case 'error':
      return <p role="status">Could not find paths: {result.message}</p>;
    case 'ready':
      if (result.paths.length === 0) return <p data-testid="path-text">No connection within 6 steps.</p>;
      return (
        <ol data-testid="path-text" className="path-text">
          {result.paths.map((path) => (
            <li key={path.nodeIds.join('|')}>{pathText({ path })}</li>
          ))}
        </ol>
      );
    default:
      return assertNever(result);
  }
}

export function PathFinder() {
  const { state, dispatch, actions } = useExplorer();
  const name = (id: string | null) => (id ? (state.nodes[id]?.label ?? id) : '');
  const [from, setFrom] = useState<string | null>(state.path.from);
  const [to, setTo] = useState<string | null>(state.path.to);
  const [viaClaims, setViaClaims] = useState(state.path.viaClaims);
  const pickFrom = (entity: PickedEntity) => setFrom(entity.id);
  const pickTo = (entity: PickedEntity) => setTo(entity.id);
  return (
    <section className="path-finder" aria-label="Find connections">
      <h2>Find connections</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (from && to) actions.findPaths({ from, to, viaClaims });
        }}
      >
        <EntityCombobox label="Path from" onPick={pickFrom} keepPickedName initialText={name(state.path.from)} placeholder="From…" />
        <EntityCombobox label="Path to" onPick={pickTo} keepPickedName initialText={name(state.path.to)} placeholder="To…" />
        <label className="inline">
          <input type="checkbox" checked={viaClaims} onChange={(e) => setViaClaims(e.target.checked)} /> through claims
        </label>
        <button type="submit" disabled={!from || !to}>
          Find path
        </button>
        {state.path.result.status !== 'idle' && (
          <button type="button" onClick={() => dispatch({ type: 'path/clear' })}>
            Clear path
          </button>
        )}
      </form>
      <PathResult result={state.path.result} />
    </section>
  );
}
