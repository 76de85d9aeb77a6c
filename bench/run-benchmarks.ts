/**
 * npm run bench -- [--size tiny|small|full] [--json FILE] ... (flags: bench/bench-options.ts)
 *
 * One run, side by side: builds the synthetic graph (bench/generate-synthetic-graph.ts), loads it into the
 * embedded store and into the Neo4j at NEO4J_BENCH_URI (default bolt://127.0.0.1:$NEO4J_BOLT_PORT or 7687,
 * as `npm run neo4j:start` serves it; its database is WIPED), starts the GraphQL server on each, and times
 * every UI operation on the driver, store and api layers with the same arguments (bench/operations.ts);
 * then the autocannon load run (bench/load-run.ts). Writes the JSON (--json) and docs/benchmarks.md from it.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from '../server/http/create-server';
import { PROJECT_ROOT } from '../server/project-root';
import { createEmbeddedStore } from '../server/store/embedded/create-embedded-store';
import type { GraphStore } from '../server/store/graph-store';
import { bulkLoadNeo4j } from '../server/store/neo4j/neo4j-bulk-load';
import { createNeo4jStore } from '../server/store/neo4j/create-neo4j-store';
import { createNeo4jExecutor, loadQuery } from '../server/store/neo4j/neo4j-executor';
import { parseBenchArgs, type BenchOptions } from './bench-options';
import { entityBatches, randomGenerator, sourceBatches } from './generate-synthetic-graph';
import type { GraphBatch } from '../domain/graph-batch';
import { createApiCaller, createDriverRunner } from './layers';
import { runLoadTest } from './load-run';
import { benchOperations, type DriverRun } from './operations';
import { benchMarkdown, NOTES_FILE, type BenchResult } from './report';
import { measure, type Measurement, type StoreKind } from './timing';

const mb = (bytes: number) => bytes / 2 ** 20;
const progress = (line: string) => process.stdout.write(`\r${line.padEnd(60)}`);

async function measureStore({
  options,
  kind,
  store,
  driverRun,
}: {
  options: BenchOptions;
  kind: StoreKind;
  store: GraphStore;
  driverRun: DriverRun | null;
}): Promise<Measurement[]> {
  const server = await createServer({ store, port: 0, clientDistDir: path.join(PROJECT_ROOT, 'bench', 'no-client') });
  const call = createApiCaller({ graphqlUrl: server.graphqlUrl });
  const out: Measurement[] = [];
  try {
    for (const [index, op] of benchOperations().entries()) {
      // Same seed per operation for every store: the argument lists are identical across stores and layers.
      const args = await op.args({
        random: randomGenerator(1000 + index),
        graph: options.preset.graph,
        store,
        count: options.preset.warmup + options.preset.runs,
      });
      const common = { name: op.name, store: kind, args, warmup: options.preset.warmup };
      // Thunks, run one after the other: layers must never compete with each other for the machine.
      const layers = [
        driverRun && op.driver
          ? () => measure({ ...common, layer: 'driver', run: (a) => op.driver!(driverRun, a) })
          : null,
        op.store ? () => measure({ ...common, layer: 'store', run: (a) => op.store!(store, a) }) : null,
        op.api ? () => measure({ ...common, layer: 'api', run: (a) => op.api!(call, a) }) : null,
      ];
      for (const layer of layers) {
        if (layer === null) continue;
        // A failing operation is a result (the table shows it), not the end of the run.
        const m = await layer().catch((error: unknown): Measurement => {
          const message = error instanceof Error ? error.message : String(error);
          console.error(`${kind} ${op.name}: FAILED ${message}`);
          return {
            name: op.name,
            layer: 'driver',
            store: kind,
            p50: Number.NaN,
            p95: Number.NaN,
            p99: Number.NaN,
            max: Number.NaN,
            runs: 0,
            meanResult: null,
            error: message,
          };
        });
        if (m.error) m.layer = layers.indexOf(layer) === 0 ? 'driver' : layers.indexOf(layer) === 1 ? 'store' : 'api';
        out.push(m);
        if (m.error) continue;
        console.log(
          `${kind.padEnd(8)} ${m.layer.padEnd(6)} ${m.name.padEnd(42)} p50 ${m.p50.toFixed(1).padStart(7)}  p99 ${m.p99.toFixed(1).padStart(7)}  max ${m.max.toFixed(1).padStart(7)} ms  result ${m.meanResult === null ? '-' : m.meanResult.toFixed(1)}`,
        );
      }
    }
  } finally {
    await server.stop();
  }
  return out;
}

function mergedBatch(batches: GraphBatch[]): GraphBatch {
  return {
    sources: batches.flatMap((b) => b.sources),
    topics: batches.flatMap((b) => b.topics),
    entities: batches.flatMap((b) => b.entities),
    factEdges: batches.flatMap((b) => b.factEdges),
    claims: batches.flatMap((b) => b.claims),
  };
}

async function runEmbedded(options: BenchOptions, result: BenchResult) {
  global.gc?.();
  const started = Date.now();
  const store = createEmbeddedStore();
  // One batch, as start-up loads the seed folders: every write publishes a copy of the graph (readers see
  // all or nothing), so 220 batches at full size would copy a growing graph 220 times.
  await store.writeBatch({
    batch: mergedBatch([...entityBatches(options.preset.graph), ...sourceBatches(options.preset.graph)]),
  });
  const loadSeconds = (Date.now() - started) / 1000;
  global.gc?.();
  const memory = process.memoryUsage();
  result.embedded = { loadSeconds, rssMb: mb(memory.rss), heapMb: mb(memory.heapUsed) };
  console.log(`embedded: loaded in ${loadSeconds.toFixed(1)} s, rss ${mb(memory.rss).toFixed(0)} MB`);
  result.operations.push(...(await measureStore({ options, kind: 'embedded', store, driverRun: null })));
  if (options.loadRun)
    result.loadRuns.push(
      await runLoadTest({ store, kind: 'embedded', seconds: options.preset.loadSeconds, graph: options.preset.graph }),
    );
  await store.close();
}

async function runNeo4j(options: BenchOptions, result: BenchResult) {
  const settings = {
    uri: process.env.NEO4J_BENCH_URI ?? `bolt://127.0.0.1:${process.env.NEO4J_BOLT_PORT ?? 7687}`,
    user: process.env.NEO4J_BENCH_USER ?? 'neo4j',
    password: process.env.NEO4J_BENCH_PASSWORD ?? process.env.NEO4J_PASSWORD ?? 'whosaid-test',
  };
  const db = createNeo4jExecutor(settings);
  try {
    const [version] = await db.runAutoCommit({
      statement:
        'CALL dbms.components() YIELD name, versions, edition RETURN name + " " + versions[0] + " " + edition AS v',
    });
    result.machine.neo4j = String(version?.v ?? '');
    if (!options.skipLoad) {
      // Never wipe somebody's data: only an empty database or one this benchmark loaded (marker node).
      const [row] = await db.runAutoCommit({
        statement:
          'OPTIONAL MATCH (n) WITH n LIMIT 1 RETURN count(n) AS any, COUNT { (:WhosaidBenchMarker) } AS marker',
      });
      if (Number(row?.any) > 0 && Number(row?.marker) === 0 && !options.allowWipe) {
        throw new Error(
          `${settings.uri} holds data that the benchmark did not load; it wipes its database, so point NEO4J_BENCH_URI ` +
            '(or NEO4J_BOLT_PORT) at an empty Neo4j of your own, e.g. NEO4J_LOCAL_DIR=/tmp/bench-neo4j NEO4J_BOLT_PORT=7699 npm run neo4j:start',
        );
      }
      console.log(`neo4j: wiping ${settings.uri}`);
      // A million relationships take minutes to delete, longer than the default transaction timeout.
      for (const name of ['delete-all-relationships', 'delete-all-graph-data'])
        await db.runAutoCommit({ statement: loadQuery({ name }), timeoutMs: 30 * 60_000 });
      const started = Date.now();
      const batches = (function* () {
        yield* entityBatches(options.preset.graph);
        yield* sourceBatches(options.preset.graph);
      })();
      const loaded = await bulkLoadNeo4j({ db, batches, onProgress: progress });
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write('\n');
      // Not a vocabulary label, so stats ignore it; it lets the next run wipe this database again.
      await db.runAutoCommit({
        statement: 'CREATE (:WhosaidBenchMarker {size: $size})',
        params: { size: options.size },
      });
      result.load = {
        relationships: loaded.relationships,
        seconds,
        method: 'bulk UNWIND CREATE, 10k rows per transaction, indexes after the data (generation included)',
      };
      console.log(`neo4j: loaded ${loaded.relationships} relationships in ${seconds.toFixed(1)} s`);
    }
  } finally {
    await db.close();
  }
  console.log(`neo4j: ${settings.uri}`);
  const store = await createNeo4jStore(settings);
  const { run, driver } = createDriverRunner(settings);
  try {
    const stats = await store.stats();
    result.sizes.nodes = stats.nodes.reduce((n, c) => n + c.count, 0);
    result.sizes.relationships = stats.relationships.reduce((n, c) => n + c.count, 0);
    result.operations.push(...(await measureStore({ options, kind: 'neo4j', store, driverRun: run })));
    if (options.loadRun)
      result.loadRuns.push(
        await runLoadTest({ store, kind: 'neo4j', seconds: options.preset.loadSeconds, graph: options.preset.graph }),
      );
  } finally {
    await driver.close();
    await store.close();
  }
}

async function main(): Promise<void> {
  const options = parseBenchArgs({ argv: process.argv.slice(2) });
  const cpus = os.cpus();
  const g = options.preset.graph;
  const result: BenchResult = {
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown CPU',
      memoryGiB: os.totalmem() / 2 ** 30,
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      neo4j: null,
      loadAverage: [],
      date: new Date().toISOString(),
    },
    size: options.size,
    sizes: {
      entities: g.entities,
      factEdges: g.factEdges,
      hubEdges: g.hubEdges ?? 0,
      claims: g.claims,
      sources: g.sources,
      nodes: null,
      relationships: null,
    },
    load: null,
    embedded: null,
    operations: [],
    loadRuns: [],
    browser: [],
  };
  // Embedded first: its resident-memory figure is then the bench process with only that store in it.
  if (options.store !== 'neo4j') await runEmbedded(options, result);
  if (options.store !== 'embedded') await runNeo4j(options, result);
  if (options.browser) {
    const { runBrowserBench } = await import('./browser/run-browser-bench');
    result.browser = await runBrowserBench({ size: options.size });
  }
  result.machine.loadAverage = os.loadavg();
  if (options.json) {
    writeFileSync(path.resolve(options.json), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${options.json}`);
  }
  if (options.markdown) {
    const target = path.resolve(PROJECT_ROOT, options.markdown);
    writeFileSync(target, benchMarkdown({ result, notesFile: NOTES_FILE }));
    console.log(`wrote ${path.relative(PROJECT_ROOT, target)}`);
  }
  // A failed operation is the benchmark rotting (a query changed under it): the CI smoke run must see it.
  const failed = result.operations.filter((operation) => operation.error);
  if (failed.length > 0) {
    for (const f of failed) console.error(`failed: ${f.store} ${f.layer} ${f.name}: ${f.error}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
