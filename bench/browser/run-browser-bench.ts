/**
 * The browser part of `npm run bench`: bundles bench/browser/page/bench-page.ts (the project's cytoscape,
 * fcose, stylesheet and layout-for-size choice) with esbuild into one script, opens it in Chromium
 * (playwright-core, /usr/bin/chromium or CHROMIUM_PATH) and runs each size: 500, 2,000 and 5,000 nodes with
 * twice as many edges, plus the "before" (fcose as GraphCanvas runs it today) at 500 nodes. Also runnable
 * alone: `npx tsx bench/browser/run-browser-bench.ts [--seconds N]` prints the figures as JSON.
 *
 * Chromium gets no --disable-gpu: whether WebGL runs on a GPU is detected in the page (webgl-support.ts),
 * so on a machine with one the large views measure Cytoscape's WebGL renderer.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BrowserResult } from '../report';
import type { CaseArgs, CaseResult } from './page/bench-page';

export const BROWSER_SIZES = [500, 2000, 5000] as const;
const CASE_TIMEOUT_MS = 180_000;

async function bundlePage(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(__dirname, 'page', 'bench-page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}

export async function runBrowserBench({
  size,
  seconds = 4,
}: {
  size: string;
  seconds?: number;
}): Promise<BrowserResult[]> {
  const script = await bundlePage();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.setContent('<!doctype html><html><head><style>body{margin:0}</style></head><body></body></html>');
    await page.addScriptTag({ content: script });
    // tiny (the CI smoke) only checks that the page runs: one small case, a short pan.
    const cases: CaseArgs[] =
      size === 'tiny'
        ? [{ nodes: 500, seconds: 1, mode: 'size' }]
        : [
            { nodes: 500, seconds, mode: 'fcose-default' },
            ...BROWSER_SIZES.map((nodes) => ({ nodes, seconds, mode: 'size' as const })),
          ];
    const results: BrowserResult[] = [];
    for (const args of cases) {
      const run = page.evaluate(
        (a) =>
          (
            window as unknown as { whosaidBench: { runCase: (x: CaseArgs) => Promise<CaseResult> } }
          ).whosaidBench.runCase(a),
        args,
      );
      const result = await Promise.race([
        run,
        new Promise<never>((_, reject) =>
          setTimeout(
            () => reject(new Error(`browser case ${args.nodes} nodes took over ${CASE_TIMEOUT_MS / 1000} s`)),
            CASE_TIMEOUT_MS,
          ),
        ),
      ]);
      if (pageErrors.length > 0) throw new Error(`browser page error: ${pageErrors.join('; ')}`);
      console.log(
        `browser ${String(result.nodes).padStart(5)} nodes ${result.layout.padEnd(30)} ${result.renderer.padEnd(30)} layout ${result.layoutMs.toFixed(0)} ms, +first draw ${result.layoutAndFirstDrawMs.toFixed(0)} ms, ${result.fps.toFixed(1)} FPS (worst frame ${result.worstFrameMs.toFixed(0)} ms)`,
      );
      results.push({ ...result, before: args.mode === 'fcose-default' });
    }
    return results;
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  const at = process.argv.indexOf('--seconds');
  const seconds = at > 0 ? Number(process.argv[at + 1]) : 4;
  runBrowserBench({ size: 'small', seconds })
    .then((results) => console.log(JSON.stringify(results, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
