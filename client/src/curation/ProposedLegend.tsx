/** The legend line for proposed records (proposed-style.ts); shown only when the graph holds one. */
import { useExplorer } from '../state/explorer-context';
import './curation.css';

export function ProposedLegend() {
  const { state } = useExplorer();
  const any =
    Object.values(state.nodes).some((n) => n.reviewed === false) ||
    Object.values(state.edges).some((e) => e.reviewed === false);
  if (!any) return null;
  return (
    <ul className="proposed-legend" aria-label="Proposed records">
      <li>
        <span className="line proposed" aria-hidden="true" /> dotted violet:{' '}
        <span className="badge-proposed">proposed</span> by the extractor, not yet reviewed (nodes: dashed violet
        border)
      </li>
    </ul>
  );
}
