/**
 * The benchmark's results as JSON (the file --json writes) and docs/benchmarks.md written FROM that JSON:
 * per operation the layers side by side with the ratios api/driver and store/driver, the targets of the
 * performance issue checked against the figures, then the hand-written analysis (bench/benchmark-notes.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Measurement, StoreKind } from './timing';

export interface LoadRunResult {
  store: StoreKind;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  rssMbAfterRun1: number;
  rssMbAfterRun3: number;
}

export interface BrowserResult {
  nodes: number;
  edges: number;
  layout: string;
  renderer: string;
  /** What WebGL runs on in that browser: 'gpu: …', 'software: …' (SwiftShader) or 'none'. */
  webgl: string;
  layoutMs: number;
  layoutAndFirstDrawMs: number;
  /** Incremental placement: when the force pass after the first draw was done and drawn (null: none). */
  refinedMs: number | null;
  phasesMs: { positions: number; create: number; layout: number };
  fps: number;
  worstFrameMs: number;
  /** The "before" row: fcose as GraphCanvas runs it today, not the per-size choice. */
  before: boolean;
}

export interface BenchResult {
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    os: string;
    node: string;
    neo4j: string | null;
    loadAverage: number[];
    date: string;
  };
  size: string;
  sizes: {
    entities: number;
    factEdges: number;
    hubEdges: number;
    claims: number;
    sources: number;
    nodes: number | null;
    relationships: number | null;
  };
  load: { relationships: number; seconds: number; method: string } | null;
  embedded: { loadSeconds: number; rssMb: number; heapMb: number } | null;
  operations: Measurement[];
  loadRuns: LoadRunResult[];
  browser: BrowserResult[];
}

const f1 = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? '' : n.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? '' : `${(a / b).toFixed(2)}×`;

function find(result: BenchResult, name: string, layer: string, store: StoreKind) {
  return result.operations.find((m) => m.name === name && m.layer === layer && m.store === store);
}

interface Target {
  text: string;
  measured: string;
  met: boolean | null;
}

function targets(result: BenchResult): Target[] {
  const out: Target[] = [];
  const check = (text: string, value: number | undefined, limit: number, unit = 'ms') =>
    out.push({
      text,
      measured: value === undefined ? 'not measured' : Number.isNaN(value) ? 'failed' : `${value.toFixed(1)} ${unit}`,
      met: value === undefined ? null : value <= limit,
    });
  const names = [...new Set(result.operations.map((m) => m.name))];
  for (const name of names) {
    const api = find(result, name, 'api', 'neo4j');
    const driver = find(result, name, 'driver', 'neo4j');
    if (api && driver) {
      out.push({
        text: `Neo4j ${name}: api p50 ≤ 1.15 × driver p50`,
        measured: ratio(api.p50, driver.p50),
        met: api.p50 <= 1.15 * driver.p50,
      });
    }
  }
  check(
    'Neo4j neighbourhood depth 2 p99 ≤ 15 ms (store)',
    find(result, 'neighbourhood depth 2', 'store', 'neo4j')?.p99,
    15,
  );
  check(
    'Neo4j neighbourhood depth 3 p99 ≤ 40 ms (store)',
    find(result, 'neighbourhood depth 3', 'store', 'neo4j')?.p99,
    40,
  );
  check('Neo4j claims text filter p50 ≤ 10 ms (store)', find(result, 'claims text filter', 'store', 'neo4j')?.p50, 10);
  check(
    'Neo4j prefix search p50 ≤ 10 ms (store)',
    find(result, 'search (prefix, 5 letters)', 'store', 'neo4j')?.p50,
    10,
  );
  if (result.load) {
    const per1M = (result.load.seconds * 1_000_000) / Math.max(1, result.load.relationships);
    check('Neo4j bulk load ≤ 60 s per 1M relationships', per1M, 60, 's / 1M');
  }
  check(
    'Embedded neighbourhood depth 2 p99 ≤ 2 ms (store)',
    find(result, 'neighbourhood depth 2', 'store', 'embedded')?.p99,
    2,
  );
  check(
    'Embedded search (full name) p50 ≤ 5 ms (store)',
    find(result, 'search (full name)', 'store', 'embedded')?.p50,
    5,
  );
  check(
    'Embedded search (prefix) p50 ≤ 5 ms (store)',
    find(result, 'search (prefix, 5 letters)', 'store', 'embedded')?.p50,
    5,
  );
  if (result.embedded) check('Embedded resident memory < 1.5 GB', result.embedded.rssMb, 1536, 'MB');
  for (const run of result.loadRuns) {
    out.push({
      text: `${run.store} load run: 0 errors`,
      measured: `${run.errors + run.non2xx}`,
      met: run.errors + run.non2xx === 0,
    });
    if (run.store === 'neo4j') {
      check('Neo4j load run ≥ 495 requests/s (5 × 99)', -run.requestsPerSecond, -495, 'req/s (negated)');
      out[out.length - 1].measured = `${run.requestsPerSecond.toFixed(0)} req/s`;
      check('Neo4j load run p99 < 250 ms', run.p99, 250);
    }
    out.push({
      text: `${run.store} load run: memory flat (after run 3 ≤ 1.2 × after run 1)`,
      measured: `${run.rssMbAfterRun1.toFixed(0)} → ${run.rssMbAfterRun3.toFixed(0)} MB`,
      met: run.rssMbAfterRun3 <= 1.2 * run.rssMbAfterRun1,
    });
  }
  for (const b of result.browser.filter((row) => !row.before)) {
    const limit = b.nodes <= 500 ? 1000 : b.nodes >= 5000 ? 5000 : null;
    if (limit !== null)
      check(`Browser ${b.nodes} nodes: layout + first draw < ${limit / 1000} s`, b.layoutAndFirstDrawMs, limit);
    if (b.nodes >= 5000) {
      out.push({
        text: 'Browser 5,000 nodes pan/zoom ≥ 30 FPS',
        measured: `${b.fps.toFixed(0)} FPS`,
        met: b.fps >= 30,
      });
    }
  }
  return out;
}

export function benchMarkdown({ result, notesFile }: { result: BenchResult; notesFile: string }): string {
  const m = result.machine;
  const s = result.sizes;
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (bench/run-benchmarks.ts) from the JSON of one run; edit bench/benchmark-notes.md, not this file. -->',
    '',
    `- Date: ${m.date}; size \`${result.size}\``,
    `- Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB.toFixed(1)} GiB RAM, ${m.os}; Node ${m.node}; ${m.neo4j ?? 'no Neo4j'}`,
    `- Load average when the timings ended: ${m.loadAverage.map((l) => l.toFixed(1)).join(' / ')} (other work shared the machine)`,
    `- Graph: ${s.entities} entities, ${s.factEdges} fact edges + a hub with ${s.hubEdges}, ${s.claims} claims in ${s.sources} sources` +
      (s.nodes === null ? '' : ` -> ${s.nodes} nodes, ${s.relationships} relationships`),
    result.load
      ? `- Neo4j load: ${result.load.relationships} relationships in ${result.load.seconds.toFixed(1)} s (${result.load.method})`
      : '- Neo4j load: reused an already loaded graph (--skip-load) or not run',
    result.embedded
      ? `- Embedded store: loaded in ${result.embedded.loadSeconds.toFixed(1)} s; resident memory of the bench process after the load ${result.embedded.rssMb.toFixed(0)} MB (JS heap ${result.embedded.heapMb.toFixed(0)} MB)`
      : '- Embedded store: not run',
    '',
    "Each layer runs the same seeded argument list: `driver` = the adapter's Cypher straight through neo4j-driver,",
    "`store` = the GraphStore call(s) the resolvers make, `api` = the UI's GraphQL document over HTTP to the server",
    'running in the bench process. Times in ms (wall clock, one call at a time); "result" = mean answer size.',
    '',
    '## Neo4j',
    '',
    '| operation | driver p50 | store p50 | api p50 | driver p99 | store p99 | api p99 | api max | runs | result | store/driver | api/driver |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const names = [...new Set(result.operations.map((o) => o.name))];
  for (const name of names) {
    const d = find(result, name, 'driver', 'neo4j');
    const st = find(result, name, 'store', 'neo4j');
    const a = find(result, name, 'api', 'neo4j');
    if (!d && !st && !a) continue;
    lines.push(
      `| ${name} | ${f1(d?.p50)} | ${f1(st?.p50)} | ${f1(a?.p50)} | ${f1(d?.p99)} | ${f1(st?.p99)} | ${f1(a?.p99)} | ${f1(a?.max)} | ${a?.runs ?? st?.runs ?? d?.runs ?? ''} | ${f1(st?.meanResult ?? d?.meanResult)} | ${ratio(st?.p50, d?.p50)} | ${ratio(a?.p50, d?.p50)} |`,
    );
  }
  lines.push(
    '',
    '## Embedded store',
    '',
    '| operation | store p50 | store p95 | store p99 | api p50 | api p99 | runs | result | api/store |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const name of names) {
    const st = find(result, name, 'store', 'embedded');
    const a = find(result, name, 'api', 'embedded');
    if (!st && !a) continue;
    lines.push(
      `| ${name} | ${f1(st?.p50)} | ${f1(st?.p95)} | ${f1(st?.p99)} | ${f1(a?.p50)} | ${f1(a?.p99)} | ${a?.runs ?? st?.runs ?? ''} | ${f1(st?.meanResult ?? a?.meanResult)} | ${ratio(a?.p50, st?.p50)} |`,
    );
  }
  if (result.loadRuns.length > 0) {
    lines.push(
      '',
      '## API under load (autocannon, 127.0.0.1, mixed UI queries)',
      '',
      '| store | connections | seconds | req/s | p50 ms | p99 ms | errors | non-2xx | RSS after run 1 | RSS after run 3 |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const r of result.loadRuns) {
      lines.push(
        `| ${r.store} | ${r.connections} | ${r.seconds} | ${r.requestsPerSecond.toFixed(0)} | ${f1(r.p50)} | ${f1(r.p99)} | ${r.errors} | ${r.non2xx} | ${r.rssMbAfterRun1.toFixed(0)} MB | ${r.rssMbAfterRun3.toFixed(0)} MB |`,
      );
    }
  }
  if (result.browser.length > 0) {
    lines.push(
      '',
      '## Browser (Chromium, bench/browser)',
      '',
      `WebGL in this browser: ${result.browser[0].webgl}. Times from creating the Cytoscape instance (create = instance with styles; layout includes it); ` +
        '"refined" = incremental placement\'s force pass done and drawn after the first draw. Pan/zoom = mouse drag then wheel events dispatched once per frame.',
      '',
      '| nodes | edges | layout | renderer | create ms | layout ms | layout + first draw ms | refined ms | pan/zoom FPS | worst frame ms |',
      '|---:|---:|---|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const b of result.browser) {
      lines.push(
        `| ${b.nodes} | ${b.edges} | ${b.layout} | ${b.renderer} | ${b.phasesMs.create.toFixed(0)} | ${b.layoutMs.toFixed(0)} | ${b.layoutAndFirstDrawMs.toFixed(0)} | ${b.refinedMs === null ? '' : b.refinedMs.toFixed(0)} | ${b.fps.toFixed(0)} | ${b.worstFrameMs.toFixed(0)} |`,
      );
    }
  }
  const failures = result.operations.filter((o) => o.error);
  if (failures.length > 0) {
    lines.push('', '## Failed operations', '', '| store | layer | operation | error |', '|---|---|---|---|');
    for (const f of failures)
      lines.push(`| ${f.store} | ${f.layer} | ${f.name} | ${f.error!.replace(/\|/g, '/').slice(0, 200)} |`);
  }
  lines.push(
    '',
    '## Targets (performance issue) against this run',
    '',
    '| target | measured | met |',
    '|---|---:|---|',
  );
  for (const t of targets(result))
    lines.push(`| ${t.text} | ${t.measured} | ${t.met === null ? '–' : t.met ? 'yes' : '**no**'} |`);
  if (result.size !== 'full')
    lines.push('', `(The targets are stated for the full size; this run is \`${result.size}\`.)`);
  if (existsSync(notesFile)) lines.push('', readFileSync(notesFile, 'utf8').trim());
  lines.push('');
  return lines.join('\n');
}

export const NOTES_FILE = path.join(__dirname, 'benchmark-notes.md');
