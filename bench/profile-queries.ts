/**
 * `npx tsx bench/profile-queries.ts [--size small]`: PROFILEs the Cypher behind the targets the benchmark
 * misses (neighbourhood depth 2 and 3, prefix search, claims of an entity) on the graph a previous
 * `npm run bench` loaded into NEO4J_BENCH_URI / NEO4J_BOLT_PORT, with the bench's own arguments, and
 * prints per query: rows, db hits, time and allocated memory, and the operators with the most db hits.
 * The evidence for bench/benchmark-notes.md; nothing here is timed with percentiles.
 */
import neo4j from 'neo4j-driver';
import { LIMITS, DEFAULT_NEIGHBOURHOOD_NODES, DEFAULT_NEIGHBOURHOOD_RELATIONSHIPS } from '../domain/limits';
import { loadQuery } from '../server/store/neo4j/neo4j-executor';
import { luceneQueryOf } from '../server/queries/search/entity-search-text';
import { SIZES, type SizeName } from './bench-options';
import { randomGenerator, syntheticEntityId, syntheticName } from './generate-synthetic-graph';

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function flatten(plan: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(plan);
  for (const child of plan.children) flatten(child, out);
  return out;
}

const toInt = (value: unknown) =>
  neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value ?? 0);

async function main() {
  const at = process.argv.indexOf('--size');
  const size = (at > 0 ? process.argv[at + 1] : 'small') as SizeName;
  const graph = SIZES[size].graph;
  const uri = process.env.NEO4J_BENCH_URI ?? `bolt://127.0.0.1:${process.env.NEO4J_BOLT_PORT ?? 7687}`;
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic('neo4j', process.env.NEO4J_BENCH_PASSWORD ?? process.env.NEO4J_PASSWORD ?? 'whosaid-test'),
  );
  const random = randomGenerator(7);
  const entity = () => syntheticEntityId(1 + Math.floor(random() * (graph.entities - 1)));
  const neighbourhood = (depth: number) => ({
    ids: [entity()],
    depth: neo4j.int(depth),
    relationshipTypes: DEFAULT_NEIGHBOURHOOD_RELATIONSHIPS,
    nodeTypes: DEFAULT_NEIGHBOURHOOD_NODES,
    cap: neo4j.int(LIMITS.DEFAULT_NODES + LIMITS.COUNT_CAP),
    limit: neo4j.int(LIMITS.DEFAULT_NODES),
  });
  const cases: { label: string; name: string; params: () => Record<string, unknown> }[] = [
    { label: 'neighbourhood depth 2', name: 'expand-neighbourhood', params: () => neighbourhood(2) },
    { label: 'neighbourhood depth 3', name: 'expand-neighbourhood', params: () => neighbourhood(3) },
    {
      label: 'search (prefix, 5 letters)',
      name: 'search-entity-candidates',
      params: () => ({
        lucene: luceneQueryOf({
          text: syntheticName({ index: 1 + Math.floor(random() * (graph.entities - 1)) }).slice(0, 5),
        }),
        types: null,
        candidateLimit: neo4j.int(1000),
      }),
    },
  ];
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    for (const c of cases) {
      const query = loadQuery({ name: c.name });
      for (let i = 0; i < 3; i++) await session.run(query, c.params()); // plan cache and page cache warm
      const params = c.params();
      const started = performance.now();
      const result = await session.run(`PROFILE ${query}`, params);
      const ms = performance.now() - started;
      const profile = result.summary.profile as unknown as PlanNode & { dbHits: number };
      const operators = flatten(profile);
      const totalHits = operators.reduce((n, op) => n + toInt(op.dbHits), 0);
      const memory = toInt(profile.arguments['GlobalMemory']);
      console.log(
        `\n## ${c.label} (${c.name}.cypher), params ${JSON.stringify(params, (_k, v) => (neo4j.isInt(v) ? toInt(v) : v)).slice(0, 160)}`,
      );
      console.log(
        `rows ${result.records.length}, db hits ${totalHits}, wall ${ms.toFixed(1)} ms, planner ${String(profile.arguments['planner'] ?? '')} runtime ${String(profile.arguments['runtime'] ?? '')}, global memory ${memory} bytes`,
      );
      for (const op of [...operators].sort((a, b) => toInt(b.dbHits) - toInt(a.dbHits)).slice(0, 6)) {
        console.log(
          `  ${op.operatorType.padEnd(34)} db hits ${String(toInt(op.dbHits)).padStart(8)}  rows ${String(toInt(op.rows)).padStart(7)}  ${String(op.arguments['Details'] ?? '').slice(0, 90)}`,
        );
      }
    }
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
