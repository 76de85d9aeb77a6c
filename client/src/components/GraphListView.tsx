/**
 * The drawn graph as a list, for keyboards and screen readers: every shown node with its type
 * and number of links, each a button that selects it (and centres it on the canvas). Reads
 * exactly what the canvas draws (visibleGraph minus hidden types), so both stay in step.
 */
import { useMemo } from 'react';
import { visibleGraph } from '../graph/visible-graph';
import { useExplorer } from '../state/explorer-context';

export function GraphListView() {
  const { state, actions } = useExplorer();
  const rows = useMemo(() => {
    const drawn = visibleGraph({ nodes: state.nodes, edges: state.edges, showClaims: state.showClaims });
    const shown = drawn.nodes.filter((n) => !state.hiddenTypes.includes(n.type));
    const ids = new Set(shown.map((n) => n.id));
    const degree = new Map<string, number>();
    for (const e of drawn.edges) {
      if (!ids.has(e.from) || !ids.has(e.to)) continue;
      degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
      degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
    }
    return shown
      .map((n) => ({ ...n, degree: degree.get(n.id) ?? 0 }))
      .sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
  }, [state.nodes, state.edges, state.showClaims, state.hiddenTypes]);
  const selectedId = state.selection.kind === 'node' ? state.selection.id : null;
  if (rows.length === 0) return null;
  return (
    <details className="graph-list">
      <summary>List view of the graph ({rows.length} nodes)</summary>
      <ul aria-label="Nodes in the graph">
        {rows.map((row) => (
          <li key={row.id}>
            <button
              type="button"
              className="link"
              aria-pressed={row.id === selectedId}
              aria-label={`${row.label}, ${row.type}, ${row.degree} ${row.degree === 1 ? 'link' : 'links'}`}
              onClick={() => actions.showNode(row.id)}
            >
              {row.label}
            </button>{' '}
            <span className="count" aria-hidden="true">
              {row.type} · {row.degree}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
