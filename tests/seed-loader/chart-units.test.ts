/**
 * A chart never says more than its quotes: every figure drawn in one chart shares one unit.
 * Checked over every chart of the repository seed, and as a loader rule on a broken fixture.
 */
import path from 'node:path';
import { loadSeedDirectory } from '../../seed/loader/load-seed-directory';
import { cleanupSeedCopies, copyValidSeed, DESERT, editFile, lineOf, onlyError } from './seed-fixture';

afterAll(cleanupSeedCopies);

const CLAIMS = `${DESERT}/claims.yaml`;
const figure = (label: string, value: number, unit: string) =>
  `    - { measure: Speed, label: ${label}, value: ${value}, unit: ${unit}, chart: speed-chart }\n`;

it('every chart in the repository seed draws figures of a single unit', async () => {
  const result = await loadSeedDirectory({ seedDir: path.join(__dirname, '..', '..', 'seed') });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const units = new Map<string, Set<string>>();
  for (const claim of result.batch.claims) {
    for (const f of claim.figures) if (f.chart) units.set(f.chart, (units.get(f.chart) ?? new Set()).add(f.unit));
  }
  expect(units.size).toBeGreaterThan(0);
  for (const [chart, set] of units) expect({ chart, units: [...set] }).toEqual({ chart, units: [expect.any(String)] });
});

it("Kai-Fu Lee's years and months are two charts, each in the unit of the quote", async () => {
  const result = await loadSeedDirectory({ seedDir: path.join(__dirname, '..', '..', 'seed') });
  if (!result.ok) throw new Error('seed does not load');
  const claim = result.batch.claims.find((c) => c.id === 'kai-fu-lee-gap-shrank-to-months')!;
  const byChart = Object.fromEntries(claim.figures.map((f) => [f.chart, f.unit]));
  expect(byChart).toEqual({ 'china-ai-gap-then-per-kai-fu-lee': 'years', 'china-ai-gap-now-per-kai-fu-lee': 'months' });
});

it('rejects a chart that mixes units, naming the figure and the chart', async () => {
  const dir = await copyValidSeed();
  await editFile({
    dir,
    file: CLAIMS,
    from: '  kind: DIRECT_QUOTE\n  topic: rival-models\n  stance: ahead\n',
    to: `  kind: DIRECT_QUOTE\n  topic: rival-models\n  stance: ahead\n  figures:\n${figure('then', 6, 'years')}${figure('now', 9, 'months')}`,
  });
  const error = await onlyError(dir);
  expect(error).toEqual({
    file: CLAIMS,
    line: await lineOf({ dir, file: CLAIMS, text: 'unit: months' }),
    path: 'claims[2].figures[1].unit',
    message: expect.stringMatching(/chart "speed-chart" is drawn in years .*this figure is in months/),
  });
});
