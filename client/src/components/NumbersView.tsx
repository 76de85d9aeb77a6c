/**
 * The Numbers tab: every chart the loaded claims carry (patents, survey, downloads, model
 * sizes…), each with the quotes it comes from, their speaker and source, so a reader does not
 * have to find the nodes that carry figures one by one.
 */
import { useExplorer } from '../state/explorer-context';
import type { ClaimView } from '../state/graph-model';
import { SourceName } from '../sources/SourceName';
import { BarChart, type ChartGroup } from './FigureCharts';

export interface NumbersChart extends ChartGroup {
  claims: ClaimView[];
}

/** One chart per `chart` id (a figure without one stands alone), in source then text order. */
export function chartsOf({ claims }: { claims: ClaimView[] }): NumbersChart[] {
  const ordered = [...claims].sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.span.start - b.span.start);
  const charts = new Map<string, NumbersChart>();
  for (const claim of ordered) {
    claim.figures.forEach((figure, i) => {
      const key = figure.chart ?? `${claim.id}#${i}`;
      const chart = charts.get(key) ?? {
        key,
        measure: figure.measure,
        unit: figure.unit,
        figures: [],
        quotes: [],
        claims: [],
      };
      chart.figures.push(figure);
      if (!chart.claims.some((c) => c.id === claim.id)) {
        chart.claims.push(claim);
        chart.quotes.push(claim.quote);
      }
      charts.set(key, chart);
    });
  }
  return [...charts.values()];
}

export function NumbersView() {
  const { state, actions } = useExplorer();
  const charts = chartsOf({ claims: Object.values(state.claims) });
  if (charts.length === 0) return <p className="empty">No claim with figures is loaded.</p>;
  return (
    <section aria-label="Numbers" className="numbers">
      <p className="count">
        {charts.length} charts from {new Set(charts.flatMap((c) => c.claims.map((claim) => claim.id))).size} claims
      </p>
      {charts.map((chart) => (
        <figure key={chart.key} className="figure-chart numbers-chart" aria-label={chart.measure}>
          <figcaption className="chart-title">
            {chart.measure} <span className="unit">({chart.unit})</span>
          </figcaption>
          <BarChart group={chart} />
          {chart.claims.map((claim) => (
            <div key={claim.id} className="numbers-quote" data-claim-id={claim.id}>
              <blockquote className="chart-quote">{claim.quote}</blockquote>
              <p className="numbers-caption">
                —{' '}
                <button type="button" className="link" onClick={() => actions.showNode(claim.speaker.id)}>
                  {claim.speaker.name}
                </button>
                , <SourceName sourceId={claim.sourceId} />{' '}
                <button
                  type="button"
                  className="small"
                  aria-label={`Show in article: ${claim.summary}`}
                  onClick={() => actions.showInArticle(claim.id)}
                >
                  Show in article
                </button>
              </p>
            </div>
          ))}
        </figure>
      ))}
    </section>
  );
}
