/**
 * Numbers as pictures: the figures of some claims drawn as small horizontal bar charts (plain
 * SVG), one chart per `chart` id (a figure without one stands alone), with the quote underneath.
 */
import type { ClaimView, FigureView } from '../state/graph-model';

export interface ChartGroup {
  key: string;
  measure: string;
  unit: string;
  figures: FigureView[];
  quotes: string[];
}

export function groupFigures({ claims }: { claims: ClaimView[] }): ChartGroup[] {
  const groups = new Map<string, ChartGroup>();
  for (const claim of claims) {
    claim.figures.forEach((figure, i) => {
      const key = figure.chart ?? `${claim.id}#${i}`;
      const group = groups.get(key) ?? { key, measure: figure.measure, unit: figure.unit, figures: [], quotes: [] };
      group.figures.push(figure);
      if (!group.quotes.includes(claim.quote)) group.quotes.push(claim.quote);
      groups.set(key, group);
    });
  }
  return [...groups.values()];
}

const formatValue = (figure: FigureView) =>
  `${figure.isLowerBound ? '>' : ''}${figure.value.toLocaleString('en-US')}${figure.unit === 'percent' ? '%' : ''}`;

/** One row per figure: its label on a line of its own (labels are long), the bar under it. */
export function BarChart({ group }: { group: ChartGroup }) {
  const max = Math.max(...group.figures.map((f) => f.value), 1);
  const rowHeight = 34;
  const barMax = 230;
  const height = group.figures.length * rowHeight + 2;
  return (
    <svg
      className="bar-chart"
      role="img"
      aria-label={`${group.measure}: ${group.figures.map((f) => `${f.label} ${formatValue(f)}`).join(', ')}`}
      viewBox={`0 0 320 ${height}`}
      width="100%"
    >
      {group.figures.map((figure, i) => {
        const y = i * rowHeight;
        const width = Math.max(2, (figure.value / max) * barMax);
        return (
          <g key={`${figure.label}-${i}`}>
            <text x={0} y={y + 12} fontSize="11" fill="#333">
              {figure.label}
            </text>
            <rect x={0} y={y + 16} width={width} height={12} fill="#3b7dd8" rx="2" />
            <text x={width + 4} y={y + 26} fontSize="11" fill="#333">
              {formatValue(figure)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function FigureCharts({ claims }: { claims: ClaimView[] }) {
  const groups = groupFigures({ claims });
  if (groups.length === 0) return null;
  return (
    <section className="figure-charts" aria-label="Numbers">
      <h3>Numbers</h3>
      {groups.map((group) => (
        <figure key={group.key} className="figure-chart">
          <figcaption className="chart-title">
            {group.measure} <span className="unit">({group.unit})</span>
          </figcaption>
          <BarChart group={group} />
          {group.quotes.map((quote) => (
            <blockquote key={quote} className="chart-quote">
              {quote}
            </blockquote>
          ))}
        </figure>
      ))}
    </section>
  );
}
