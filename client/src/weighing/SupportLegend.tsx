/** The legend of edge drawing by support (support-class.ts); sits under the node-type legend. */
import './weighing-ui.css';

export function SupportLegend() {
  return (
    <ul className="support-legend" aria-label="Edges by support">
      <li>
        <span className="line self-only" aria-hidden="true" /> dashed amber: asserted only by self-interested speakers
      </li>
      <li>
        <span className="line corroborated" aria-hidden="true" /> thick: two or more independent speakers
      </li>
      <li>
        <span className="line plain" aria-hidden="true" /> thin grey: one independent speaker
      </li>
    </ul>
  );
}
