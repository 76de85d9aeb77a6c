/**
 * A chart must never say more than its quotes: every figure drawn in one chart (same `chart` id,
 * across all claims and sources) shares one unit, so bars of "6 years" and "6 months" are never
 * drawn against one axis. A figure that must be shown in another unit belongs in another chart.
 */
import type { SeedError } from '../loader/seed-errors';
import type { SeedModel } from '../loader/seed-model';
import { errorAt } from '../loader/shape-check';

export function checkChartUnits({ model, errors }: { model: SeedModel; errors: SeedError[] }): void {
  // The first figure seen for a chart (folders are sorted, claims in file order) fixes its unit.
  const unitOfChart = new Map<string, { unit: string; where: string }>();
  for (const folder of model.folders) {
    for (const claim of folder.claims) {
      claim.value.figures?.forEach((figure, i) => {
        if (!figure.chart) return;
        const first = unitOfChart.get(figure.chart);
        if (!first) {
          unitOfChart.set(figure.chart, { unit: figure.unit, where: `claim "${claim.value.id}"` });
        } else if (first.unit !== figure.unit) {
          errors.push(
            errorAt(
              claim,
              ['figures', i, 'unit'],
              `chart "${figure.chart}" is drawn in ${first.unit} (${first.where}); ` +
                `this figure is in ${figure.unit}: give it its own chart, or convert it and say so in its label`,
            ),
          );
        }
      });
    }
  }
}
