/** The side panel: whatever is selected (entity, edge evidence or claim), or a hint. */
import { useExplorer } from '../state/explorer-context';
import { assertNever } from '../state/graph-model';
import { ClaimDetails } from './ClaimDetails';
import { EdgeEvidencePanel } from './EdgeEvidencePanel';
import { NodeDetails } from './NodeDetails';
import { useCoarsePointer } from './use-coarse-pointer';

/** What to do first, in the words of the device: tap on a phone, click and keys elsewhere. */
function Hint() {
  const touch = useCoarsePointer();
  if (touch) {
    return (
      <div className="hint">
        <h2>Explore</h2>
        <p>
          Tap a node to see what it is and who said what about it, tap an edge to see the quotes behind it, or tap a
          highlighted sentence in the article. Double-tap a node to expand it.
        </p>
      </div>
    );
  }
  return (
    <div className="hint">
      <h2>Explore</h2>
      <p>
        Click a node to see what it is and who said what about it, click an edge to see the quotes behind it, or click a
        highlighted sentence in the article. Double-click a node (or select it and press Enter) to expand it. Press{' '}
        <kbd>/</kbd> to search; Tab to the graph and use the arrow keys to move between neighbours.
      </p>
    </div>
  );
}

function Selected() {
  const { state } = useExplorer();
  const selection = state.selection;
  switch (selection.kind) {
    case 'none':
      return <Hint />;
    // Keyed by the selection: a new selection remounts the panel, so its queries start fresh and
    // urql never shows the previous selection's (stale-while-fetching) data or late answer.
    case 'node':
      return <NodeDetails key={selection.id} id={selection.id} />;
    case 'edge':
      return <EdgeEvidencePanel key={selection.id} edgeId={selection.id} />;
    case 'claim':
      return <ClaimDetails key={selection.id} id={selection.id} />;
    default:
      return assertNever(selection);
  }
}

export function DetailsPanel() {
  const { state, actions } = useExplorer();
  return (
    <aside aria-label="Details" className="details">
      {state.selection.kind !== 'none' && (
        <button
          type="button"
          className="close"
          aria-label="Close details"
          onClick={() => actions.select({ kind: 'none' })}
        >
          ×
        </button>
      )}
      <Selected />
    </aside>
  );
}
