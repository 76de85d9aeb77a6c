/**
 * npm run bench: loads a synthetic graph (bench/generate-synthetic-graph.ts) into the Neo4j at
 * NEO4J_BENCH_URI -- WIPING that database first -- then times the GraphStore operations the UI uses and
 * prints p50/p95, writing the same table to docs/benchmarks.md with the machine it ran on.
 *
 *   NEO4J_BENCH_URI=bolt://127.0.0.1:7689 NEO4J_BENCH_PASSWORD=... npm run bench
 *   BENCH_ENTITIES=100000 BENCH_FACT_EDGES=600000 BENCH_CLAIMS=100000 BENCH_SOURCES=200 (defaults)
 *   BENCH_SKIP_LOAD=1 reuses a graph loaded by an earlier run with the same sizes; BENCH_RUNS=30 per operation.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/project-root';
import { parseIdBatch } from '../server/queries/argument-schemas';
import { parseClaimsArgs } from '../server/queries/claims/arguments';
import { parseNeighbourhoodArgs } from '../server/queries/neighbourhood/arguments';
import { parseSearchArgs } from '../server/queries/search/arguments';
import { parseShortestPathsArgs } from '../server/queries/shortest-paths/arguments';
import type { GraphStore } from '../server/store/graph-store';
import { createNeo4jStore } from '../server/store/neo4j/create-neo4j-store';
import { createNeo4jExecutor, loadQuery } from '../server/store/neo4j/neo4j-executor';
import {
  entityBatches,
  randomGenerator,
  sourceBatches,
  syntheticEntityId,
  syntheticName,
  type SyntheticGraphOptions,
} from './generate-synthetic-graph';

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

const options: SyntheticGraphOptions = {
  entities: env('BENCH_ENTITIES', 100_000),
  factEdges: env('BENCH_FACT_EDGES', 600_000),
  claims: env('BENCH_CLAIMS', 100_000),
  sources: env('BENCH_SOURCES', 200),
  seed: 42,
};
const RUNS = env('BENCH_RUNS', 30);
const WARMUP = 3;

interface Measurement {
  operation: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  note: string;
  /** Mean size of the answers (hits, nodes, paths, claims), so a fast "nothing found" cannot pass for speed. */
  meanResult: number | null;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** How many things an answer holds: array length, subgraph nodes, claims of a page. */
function resultSize(value: unknown): number | null {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === 'object') {
    if ('nodes' in value && Array.isArray(value.nodes)) return value.nodes.length;
    if ('claims' in value && Array.isArray(value.claims)) return value.claims.length;
  }
  return null;
}

async function measure({
  operation,
  note,
  run,
}: {
  operation: string;
  note: string;
  run: (i: number) => Promise<unknown>;
}): Promise<Measurement> {
  for (let i = 0; i < WARMUP; i++) await run(-1 - i);
  const times: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const size = resultSize(await run(i));
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (size !== null) sizes.push(size);
  }
  times.sort((a, b) => a - b);
  const meanResult = sizes.length === 0 ? null : sizes.reduce((a, b) => a + b, 0) / sizes.length;
  const m = { operation, runs: RUNS, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1], note, meanResult };
  const shown = meanResult === null ? '' : `   mean result ${meanResult.toFixed(1)}`;
  console.log(`${operation.padEnd(36)} p50 ${m.p50.toFixed(1).padStart(8)} ms   p95 ${m.p95.toFixed(1).padStart(8)} ms${shown}   ${note}`);
  return m;
}

async function load({ store }: { store: GraphStore }): Promise<{ seconds: number; relationships: number }> {
  const started = Date.now();
  let entities = 0;
  for (const batch of entityBatches(options)) {
    await store.writeBatch({ batch });
    entities += batch.entities.length;
    process.stdout.write(`\rentities ${entities}/${options.entities}`);
  }
  let sources = 0;
  for (const batch of sourceBatches(options)) {
    await store.writeBatch({ batch });
    sources++;
    process.stdout.write(`\rsources ${sources}/${options.sources}          `);
  }
  process.stdout.write('\n');
  const stats = await store.stats();
  return { seconds: (Date.now() - started) / 1000, relationships: stats.relationships.reduce((n, r) => n + r.count, 0) };
}

async function runOperations({ store }: { store: GraphStore }): Promise<Measurement[]> {
  const random = randomGenerator(7);
  const anEntity = () => Math.floor(random() * options.entities);
  const misspell = (word: string) => word.slice(0, 2) + word[3] + word[2] + word.slice(4);
  const results: Measurement[] = [];
  const add = async (m: Promise<Measurement>) => results.push(await m);

  await add(measure({ operation: 'search (full name)', note: 'first 10', run: () => store.search(parseSearchArgs({ text: syntheticName({ index: anEntity() }) })) }));
  await add(measure({ operation: 'search (prefix, 5 letters)', note: 'first 10', run: () => store.search(parseSearchArgs({ text: syntheticName({ index: anEntity() }).slice(0, 5) })) }));
  await add(measure({
    operation: 'search (misspelled word)',
    note: 'first 10, fuzzy',
    run: () => store.search(parseSearchArgs({ text: misspell(syntheticName({ index: anEntity() }).split(' ')[0]) })),
  }));
  await add(measure({
    operation: 'getEntities (100 ids)',
    note: 'batched lookup',
    run: () => store.getEntities(parseIdBatch({ ids: Array.from({ length: 100 }, () => syntheticEntityId(anEntity())) })),
  }));
  for (const depth of [1, 2, 3]) {
    await add(measure({
      operation: `neighbourhood depth ${depth}`,
      note: 'default types, limit 150',
      run: () => store.neighbourhood(parseNeighbourhoodArgs({ ids: [syntheticEntityId(anEntity())], depth })),
    }));
  }
  // Random pairs are typically 5 hops apart here, so maxHops 4 mostly measures "no path" and 6 finds them.
  for (const maxHops of [4, 6]) {
    await add(measure({
      operation: `shortestPaths (maxHops ${maxHops})`,
      note: 'fact edges, limit 20',
      run: () => store.shortestPaths(parseShortestPathsArgs({ from: syntheticEntityId(anEntity()), to: syntheticEntityId(anEntity()), maxHops })),
    }));
  }
  await add(measure({
    operation: 'shortestPaths viaClaims (maxHops 6)',
    note: 'facts + SAID/ABOUT',
    run: () =>
      store.shortestPaths(parseShortestPathsArgs({ from: syntheticEntityId(anEntity()), to: syntheticEntityId(anEntity()), maxHops: 6, viaClaims: true })),
  }));
  await add(measure({ operation: 'findClaims first page', note: '20 claims + totalCount', run: () => store.findClaims(parseClaimsArgs({})) }));
  await add(measure({
    operation: 'findClaims by speaker',
    note: 'filter + totalCount',
    run: () => store.findClaims(parseClaimsArgs({ filter: { speakerId: syntheticEntityId(anEntity()) } })),
  }));
  let cursor: string | null = null;
  await add(measure({
    operation: 'findClaims next page (keyset)',
    note: 'walking pages of 100',
    run: async () => {
      const page = await store.findClaims(parseClaimsArgs({ first: 100, after: cursor }));
      cursor = page.hasNextPage ? page.cursors[page.cursors.length - 1] : null;
      return page;
    },
  }));
  await add(measure({ operation: 'findClaims text filter', note: 'whole-word scan', run: () => store.findClaims(parseClaimsArgs({ filter: { text: `area ${anEntity() % 97}` } })) }));
  await add(measure({ operation: 'stats', note: 'count store', run: async () => void (await store.stats()) }));
  return results;
}

async function neo4jVersion({ uri, user, password }: { uri: string; user: string; password: string }): Promise<string> {
  const db = createNeo4jExecutor({ uri, user, password });
  try {
    const rows = await db.runAutoCommit({ statement: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition' });
    return rows.map((r) => `${String(r.name)} ${String(r.version)} ${String(r.edition)}`).join(', ');
  } finally {
    await db.close();
  }
}

async function wipe({ uri, user, password }: { uri: string; user: string; password: string }): Promise<void> {
  const db = createNeo4jExecutor({ uri, user, password });
  try {
    // A million relationships take minutes to delete, longer than a server's default transaction timeout.
    await db.runAutoCommit({ statement: loadQuery({ name: 'delete-all-graph-data' }), timeoutMs: 30 * 60_000 });
  } finally {
    await db.close();
  }
}

function report({
  measurements,
  loadInfo,
  version,
  counts,
}: {
  measurements: Measurement[];
  loadInfo: { seconds: number; relationships: number } | null;
  version: string;
  counts: { nodes: number; relationships: number };
}): string {
  const cpus = os.cpus();
  const lines = [
    '# Benchmarks (Neo4j store)',
    '',
    'Measured by `npm run bench` (bench/run-benchmarks.ts) on a synthetic graph from',
    'bench/generate-synthetic-graph.ts; every number below comes from that run, nothing is estimated.',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`,
    `- Node ${process.version}; ${version}; heap ${process.env.NEO4J_HEAP_SIZE ?? 'see neo4j.conf'}, page cache ${process.env.NEO4J_PAGECACHE_SIZE ?? 'see neo4j.conf'} (as passed to neo4j:start)`,
    `- Graph: ${options.entities} entities, ${options.factEdges} fact edges, ${options.claims} claims in ${options.sources} sources` +
      ` -> ${counts.nodes} nodes, ${counts.relationships} relationships (claim edges included)`,
    loadInfo
      ? `- Load: ${loadInfo.seconds.toFixed(0)} s through GraphStore.writeBatch (one transaction per batch: entity chunks of 5000, then one per source)`
      : '- Load: reused an already loaded graph (BENCH_SKIP_LOAD=1)',
    `- Load average when the timings ended: ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min; other work shared the machine)`,
    `- Each operation: ${WARMUP} warm-up calls, then ${RUNS} timed calls with random (seeded) arguments, client-side wall time`,
    '',
    '| operation | p50 ms | p95 ms | max ms | mean result size | notes |',
    '|---|---:|---:|---:|---:|---|',
    ...measurements.map(
      (m) =>
        `| ${m.operation} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.max.toFixed(1)} | ${m.meanResult === null ? '' : m.meanResult.toFixed(1)} | ${m.note} |`,
    ),
    '',
    'Mean result size: search hits, entities found, subgraph nodes, paths, or claims on the page.',
    '',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const uri = process.env.NEO4J_BENCH_URI;
  if (!uri) {
    console.error('Set NEO4J_BENCH_URI (its database is WIPED), e.g. NEO4J_BENCH_URI=bolt://127.0.0.1:7689 npm run bench');
    process.exit(2);
  }
  const settings = { uri, user: process.env.NEO4J_BENCH_USER ?? 'neo4j', password: process.env.NEO4J_BENCH_PASSWORD ?? 'whosaid-test' };
  const skipLoad = process.env.BENCH_SKIP_LOAD === '1';
  if (!skipLoad) await wipe(settings);
  const store = await createNeo4jStore(settings);
  try {
    const loadInfo = skipLoad ? null : await load({ store });
    if (loadInfo) console.log(`loaded in ${loadInfo.seconds.toFixed(0)} s (${loadInfo.relationships} relationships)`);
    const stats = await store.stats();
    const counts = {
      nodes: stats.nodes.reduce((n, c) => n + c.count, 0),
      relationships: stats.relationships.reduce((n, c) => n + c.count, 0),
    };
    const measurements = await runOperations({ store });
    const markdown = report({ measurements, loadInfo, version: await neo4jVersion(settings), counts });
    const target = path.join(PROJECT_ROOT, 'docs', 'benchmarks.md');
    writeFileSync(target, markdown);
    console.log(`wrote ${path.relative(PROJECT_ROOT, target)}`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
