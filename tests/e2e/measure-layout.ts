/**
 * Measures how readable the first picture of the article graph is, in real Chromium (text is
 * measured by the browser, which headless Cytoscape cannot do). A measurement, not a test:
 * it prints a table and never fails on a number.
 *
 *   npm run build:client && npx tsx tests/e2e/measure-layout.ts [--runs 3] [--shots /tmp/dir] [--label before]
 *
 * Serves the built client (dist/client when fresh, else a private build; E2E_CLIENT_DIST wins)
 * over the repository seed in an embedded store, exactly as the browser suite does, opens each
 * viewport `runs` times and reports, at the first view:
 * - label/label: pairs of node labels (label boxes only) that overlap;
 * - box/box: pairs of label-inclusive node boxes that overlap (what the browser suite asserts);
 * - label/edge: (label, edge) pairs where an edge the node is not an end of crosses its label;
 * - node/fact, node/said: nodes whose body lies on a foreign fact edge / "said about" edge;
 * - zoom, share of nodes inside the canvas, and the layout time from the client's User Timing
 *   marks (fcose, then everything up to the first fit).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Core } from 'cytoscape';
import { startExplorerHarness } from './support/explorer-harness';
import type { Viewport } from './support/explorer-page';

const VIEWPORTS: { name: string; viewport: Viewport }[] = [
  { name: 'desktop 1440x900', viewport: { width: 1440, height: 900 } },
  { name: 'suite 1280x900', viewport: { width: 1280, height: 900 } },
  { name: 'phone 390x844', viewport: { width: 390, height: 844 } },
];

interface Metrics {
  nodes: number;
  edges: number;
  labelLabel: number;
  boxBox: number;
  labelEdge: number;
  nodeOnFact: number;
  nodeOnSaid: number;
  zoom: number;
  inView: number;
  /** The smallest node label as drawn on screen (font size × zoom), in CSS pixels. */
  minLabelPx: number;
  /** Node labels cut short with an ellipsis. */
  truncated: number;
  fcoseMs: number | null;
  layoutMs: number | null;
}

/** Runs in the page: must only use its argument (no closures, no imports). */
function measureInPage(cy: Core): Omit<Metrics, 'fcoseMs' | 'layoutMs'> {
  type Box = { x1: number; x2: number; y1: number; y2: number };
  const overlaps = (a: Box, b: Box) =>
    Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
  // Liang-Barsky: does the segment p-q cross the box?
  const crosses = (p: { x: number; y: number }, q: { x: number; y: number }, b: Box) => {
    let t0 = 0;
    let t1 = 1;
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const sides: [number, number][] = [
      [-dx, p.x - b.x1],
      [dx, b.x2 - p.x],
      [-dy, p.y - b.y1],
      [dy, b.y2 - p.y],
    ];
    for (const [pk, qk] of sides) {
      if (pk === 0) {
        if (qk < 0) return false;
        continue;
      }
      const t = qk / pk;
      if (pk < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
    return true;
  };
  const nodes = cy.nodes().toArray();
  const labels = nodes.map((n) =>
    n.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeEdges: false }),
  );
  const boxes = nodes.map((n) => n.renderedBoundingBox({ includeLabels: true }));
  let labelLabel = 0;
  let boxBox = 0;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      if (overlaps(labels[i], labels[j])) labelLabel++;
      if (overlaps(boxes[i], boxes[j])) boxBox++;
    }
  }
  let labelEdge = 0;
  let nodeOnFact = 0;
  let nodeOnSaid = 0;
  cy.edges().forEach((edge) => {
    const a = edge.source().renderedPosition();
    const b = edge.target().renderedPosition();
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length2 = dx * dx + dy * dy || 1;
    nodes.forEach((node, k) => {
      if (node.same(edge.source()) || node.same(edge.target())) return;
      if (labels[k].w > 0 && crosses(a, b, labels[k])) labelEdge++;
      const p = node.renderedPosition();
      const t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2;
      if (t <= 0.05 || t >= 0.95) return;
      if (Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)) >= node.renderedWidth() / 2) return;
      if (edge.data('type') === 'SAID_ABOUT') nodeOnSaid++;
      else nodeOnFact++;
    });
  });
  const inView = nodes.filter((n) => {
    const p = n.renderedPosition();
    return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
  }).length;
  const drawn = nodes.filter((n) => n.visible() && String(n.data('label') ?? '') !== '');
  const minLabelPx = Math.min(...drawn.map((n) => parseFloat(String(n.style('font-size'))) * cy.zoom()));
  const truncated = drawn.filter((n) => {
    if (n.style('text-wrap') !== 'ellipsis') return false;
    const max = parseFloat(String(n.style('text-max-width')));
    return n.boundingBox({ includeNodes: false, includeLabels: true, includeEdges: false }).w >= max - 2;
  }).length;
  return {
    nodes: nodes.length,
    edges: cy.edges().length,
    minLabelPx,
    truncated,
    labelLabel,
    boxBox,
    labelEdge,
    nodeOnFact,
    nodeOnSaid,
    zoom: cy.zoom(),
    inView: nodes.length === 0 ? 0 : inView / nodes.length,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.floor(sorted.length / 2)];
};

function argument({ name, fallback }: { name: string; fallback: string | null }): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main() {
  const runs = Number(argument({ name: 'runs', fallback: '3' }));
  const shots = argument({ name: 'shots', fallback: null });
  const label = argument({ name: 'label', fallback: 'current' })!;
  if (shots) mkdirSync(shots, { recursive: true });
  const harness = await startExplorerHarness();
  const rows: string[] = [];
  try {
    for (const { name, viewport } of VIEWPORTS) {
      const all: Metrics[] = [];
      for (let run = 0; run < runs; run++) {
        const explorer = await harness.openPage({ viewport });
        await explorer.open();
        // tsx (esbuild keepNames) wraps named inner functions in __name(), which the page lacks.
        await explorer.page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)');
        const geometry = await explorer.cyQuery(measureInPage, null);
        const timing = await explorer.page.evaluate(() => ({
          fcose: performance.getEntriesByName('whosaid:fcose')[0]?.duration ?? null,
          layout: performance.getEntriesByName('whosaid:first-layout')[0]?.duration ?? null,
        }));
        all.push({ ...geometry!, fcoseMs: timing.fcose, layoutMs: timing.layout });
        if (shots && run === 0) {
          const file = path.join(shots, `${label}-${viewport.width}x${viewport.height}.png`);
          await explorer.page.screenshot({ path: file });
        }
        if (explorer.consoleErrors.length > 0) console.warn(`${name}: ${explorer.consoleErrors.join('; ')}`);
        await explorer.close();
      }
      const first = all[0];
      // Runs can differ slightly (the order in which the article's pages arrive); a range says so.
      const range = (key: 'labelLabel' | 'boxBox' | 'labelEdge' | 'nodeOnFact' | 'nodeOnSaid') => {
        const values = all.map((m) => m[key]);
        const [low, high] = [Math.min(...values), Math.max(...values)];
        return low === high ? `${low}` : `${low}–${high}`;
      };
      const ms = (key: 'fcoseMs' | 'layoutMs') => {
        const value = median(all.map((m) => m[key]).filter((v): v is number => v !== null));
        return value === null ? 'n/a' : Math.round(value).toString();
      };
      rows.push(
        `| ${name} | ${first.nodes}/${first.edges} | ${range('labelLabel')} | ${range('boxBox')} | ${range('labelEdge')} | ${range('nodeOnFact')} | ${range('nodeOnSaid')} | ${first.zoom.toFixed(2)} | ${first.minLabelPx.toFixed(1)} | ${first.truncated} | ${Math.round(first.inView * 100)}% | ${ms('fcoseMs')} | ${ms('layoutMs')} |`,
      );
    }
  } finally {
    await harness.stop();
  }
  console.log(`\n${label}: ${runs} runs per view (counts as min–max, times as the median)\n`);
  console.log(
    '| view | nodes/edges | label/label | box/box | label/edge | node on fact edge | node on said-about edge | zoom | min label px | truncated labels | nodes in view | fcose ms | first layout ms |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
