/** Connects the reducer to the canvas: what to draw, what is selected, what is on the path. */
import { useMemo } from 'react';
import type { Core } from 'cytoscape';
import { useExplorer } from '../state/explorer-context';
import { GraphCanvas } from './GraphCanvas';
import { pathHighlightIds } from './path-text';
import { visibleGraph } from './visible-graph';

export function GraphView({ onReady }: { onReady?: (cy: Core) => void }) {
  const { state, actions } = useExplorer();
  const { nodes, edges } = useMemo(
    () =>
      visibleGraph({
        nodes: state.nodes,
        edges: state.edges,
        showClaims: state.showClaims,
      }),
    [state.nodes, state.edges, state.showClaims],
  );
  const selectedIds = useMemo(() => {
    const selection = state.selection;
    if (selection.kind === 'node' || selection.kind === 'edge') return [selection.id];
    if (selection.kind === 'claim') {
      // A claim lights up with its speaker and subjects, whether or not claim nodes are drawn.
      const claim = state.claims[selection.id];
      return [selection.id, ...(claim ? [claim.speaker.id, ...claim.subjects.map((s) => s.id)] : [])];
    }
    return [];
  }, [state.selection, state.claims]);
  const pathIds = useMemo(
    () => (state.path.result.status === 'ready' ? pathHighlightIds({ paths: state.path.result.paths }) : []),
    [state.path.result],
  );
  const empty = state.load.status === 'ready' && nodes.every((n) => state.hiddenTypes.includes(n.type));
  return (
    <div className="graph-view">
      {state.load.status === 'loading' && (
        <p className="graph-status" role="status">
          Loading the graph…
        </p>
      )}
      {empty && (
        <p className="graph-status" role="status">
          Nothing to show: every type is hidden or the article has no entities.
        </p>
      )}
      <GraphCanvas
        nodes={nodes}
        edges={edges}
        selectedIds={selectedIds}
        pathIds={pathIds}
        focus={state.focus}
        hiddenTypes={state.hiddenTypes}
        onReady={onReady}
        onSelectNode={(id) =>
          state.nodes[id]?.type === 'Claim' ? actions.selectClaim(id) : actions.select({ kind: 'node', id })
        }
        onSelectEdge={(id) => actions.select({ kind: 'edge', id })}
        onClearSelection={() => actions.select({ kind: 'none' })}
        onExpand={(id) => actions.expand(id)}
      />
    </div>
  );
}
