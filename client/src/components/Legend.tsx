/** The legend: colour, shape and count per node type; each entry toggles that type's visibility. */
import { NODE_TYPES } from '../../../domain/vocabulary';
import { NODE_APPEARANCE } from '../graph/node-appearance';
import { countByType } from '../graph/visible-graph';
import { useExplorer } from '../state/explorer-context';
import { SupportLegend } from '../weighing/SupportLegend';
import { ProposedLegend } from '../curation/ProposedLegend';

export function Legend() {
  const { state, dispatch } = useExplorer();
  const counts = countByType({ nodes: state.nodes });
  const types = NODE_TYPES.filter((t) => (counts.get(t) ?? 0) > 0);
  if (types.length === 0) return null;
  return (
    <nav className="legend" aria-label="Legend and type filter">
      <ul>
        {types.map((type) => {
          const hidden = state.hiddenTypes.includes(type) || (type === 'Claim' && !state.showClaims);
          const appearance = NODE_APPEARANCE[type];
          return (
            <li key={type}>
              <button
                type="button"
                aria-pressed={!hidden}
                title={`${hidden ? 'Show' : 'Hide'} ${type} nodes (${appearance.shapeName})`}
                className={hidden ? 'legend-item off' : 'legend-item'}
                onClick={() =>
                  type === 'Claim'
                    ? dispatch({ type: 'claims/show', show: !state.showClaims })
                    : dispatch({ type: 'types/toggle', nodeType: type })
                }
              >
                <span
                  className={`swatch shape-${appearance.shape}`}
                  style={{ backgroundColor: appearance.color }}
                  aria-hidden="true"
                />
                {type} <span className="count">{counts.get(type)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <SupportLegend />
      <ProposedLegend />
    </nav>
  );
}
