/**
 * "Find connections": two entity pickers, the shortest paths highlighted and written out as
 * clickable steps. A name typed without picking a suggestion resolves to the best match; when
 * the button is disabled, the form says why.
 */
import { useEffect, useState } from 'react';
import { useExplorer } from '../state/explorer-context';
import type { PathSearchState } from '../state/graph-model';
import { assertNever } from '../state/graph-model';
import type { PathStep } from '../graph/path-text';
import { EntityCombobox, type PickedEntity } from './EntityCombobox';
import { NoPathHint } from './NoPathHint';
import { PathSteps } from './PathSteps';

export function PathResult({
  result,
  selectedId,
  onStep,
  noPathExtra,
}: {
  result: PathSearchState;
  selectedId?: string | null;
  onStep?: (step: PathStep) => void;
  noPathExtra?: React.ReactNode;
}) {
  switch (result.status) {
    case 'idle':
      return null;
    case 'loading':
      return <p className="loading">Looking for paths…</p>;
    case 'error':
      return <p role="status">Could not find paths: {result.message}</p>;
    case 'ready':
      if (result.paths.length === 0) {
        return (
          <>
            <p data-testid="path-text">No connection within 6 steps.</p>
            {noPathExtra}
          </>
        );
      }
      return <PathSteps paths={result.paths} selectedId={selectedId} onStep={onStep} />;
    default:
      return assertNever(result);
  }
}

/** One end of the path: what was picked, else the best match of what is typed. */
interface End {
  picked: PickedEntity | null;
  text: string;
  best: PickedEntity | null;
  searching: boolean;
}

const endId = (end: End) => end.picked?.id ?? (end.text.trim() ? (end.best?.id ?? null) : null);

function whyDisabled({ from, to }: { from: End; to: End }): string | null {
  for (const [end, which] of [
    [from, 'start'],
    [to, 'end'],
  ] as const) {
    if (endId(end)) continue;
    if (!end.text.trim()) return `Type or pick where the path should ${which}.`;
    if (end.searching) return `Looking up “${end.text.trim()}”…`;
    return `No entity matches “${end.text.trim()}”.`;
  }
  return null;
}

export function PathFinder() {
  const { state, dispatch, actions } = useExplorer();
  const name = (id: string | null) => (id ? (state.nodes[id]?.label ?? id) : '');
  const initialEnd = (id: string | null): End => ({
    picked: id ? { id, name: name(id), type: state.nodes[id]?.type ?? '' } : null,
    text: name(id),
    best: null,
    searching: false,
  });
  const [from, setFrom] = useState<End>(() => initialEnd(state.path.from));
  const [to, setTo] = useState<End>(() => initialEnd(state.path.to));
  const [viaClaims, setViaClaims] = useState(state.path.viaClaims);
  // The path may change from elsewhere (a link, Back, "show the path through claims").
  useEffect(() => setViaClaims(state.path.viaClaims), [state.path.viaClaims]);
  const fromId = endId(from);
  const toId = endId(to);
  const reason = whyDisabled({ from, to });
  const selectedId = state.selection.kind === 'edge' || state.selection.kind === 'claim' ? state.selection.id : null;
  const onStep = (step: PathStep) => {
    if (step.claimId) actions.selectClaim(step.claimId);
    else {
      actions.select({ kind: 'edge', id: step.edgeId });
      dispatch({ type: 'focus', id: step.edgeId });
    }
  };
  const endHandlers = (set: React.Dispatch<React.SetStateAction<End>>) => ({
    onPick: (entity: PickedEntity) => set((e) => ({ ...e, picked: entity, text: entity.name })),
    // Editing the text forgets the pick unless the text is still the picked name.
    onTextChange: (text: string) =>
      set((e) => ({ ...e, text, picked: e.picked && e.picked.name === text ? e.picked : null })),
    onBestMatch: ({ text, entity, searching }: { text: string; entity: PickedEntity | null; searching: boolean }) =>
      set((e) => ({ ...e, best: text ? entity : null, searching })),
  });
  const path = state.path;
  return (
    <section className="path-finder" aria-label="Find connections">
      <h2>Find connections</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (fromId && toId) actions.findPaths({ from: fromId, to: toId, viaClaims });
        }}
      >
        <EntityCombobox
          label="Path from"
          keepPickedName
          initialText={name(state.path.from)}
          placeholder="From…"
          {...endHandlers(setFrom)}
        />
        <EntityCombobox
          label="Path to"
          keepPickedName
          initialText={name(state.path.to)}
          placeholder="To…"
          {...endHandlers(setTo)}
        />
        <label className="inline">
          <input type="checkbox" checked={viaClaims} onChange={(e) => setViaClaims(e.target.checked)} /> through claims
        </label>
        <button type="submit" disabled={!fromId || !toId} aria-describedby={reason ? 'path-why-disabled' : undefined}>
          Find path
        </button>
        {reason && (
          <p id="path-why-disabled" className="path-why">
            {reason}
          </p>
        )}
        {path.result.status !== 'idle' && (
          <button type="button" onClick={() => dispatch({ type: 'path/clear' })}>
            Clear path
          </button>
        )}
      </form>
      <PathResult
        result={path.result}
        selectedId={selectedId}
        onStep={onStep}
        noPathExtra={
          path.from && path.to && !path.viaClaims ? (
            <NoPathHint
              from={path.from}
              to={path.to}
              onShow={() => actions.findPaths({ from: path.from!, to: path.to!, viaClaims: true })}
            />
          ) : null
        }
      />
    </section>
  );
}
