/**
 * `npx tsx bench/count-round-trips.ts [--size small]`: for each request of the load run's mix (bench/load-run.ts),
 * how many GraphStore calls the resolvers make and how many Neo4j read transactions those cost, on the
 * graph a previous `npm run bench` loaded (NEO4J_BENCH_URI / NEO4J_BOLT_PORT). The per-request cost
 * behind the load-run figures (docs/reliability.md, docs/benchmarks.md).
 */
import neo4j from 'neo4j-driver';
import { createServer } from '../server/http/create-server';
import { createNeo4jStore } from '../server/store/neo4j/create-neo4j-store';
import type { GraphStore } from '../server/store/graph-store';
import { SIZES, type SizeName } from './bench-options';
import { createApiCaller } from './layers';
import { requestMix } from './load-run';

async function main() {
  const at = process.argv.indexOf('--size');
  const size = (at > 0 ? process.argv[at + 1] : 'small') as SizeName;
  // Every read of the adapter goes through a session's executeRead (neo4j-executor.ts): count those.
  const session = neo4j.driver('bolt://127.0.0.1:1').session();
  const proto = Object.getPrototypeOf(session) as { executeRead: (...args: unknown[]) => Promise<unknown> };
  const original = proto.executeRead;
  let reads = 0;
  proto.executeRead = function (this: unknown, ...args: unknown[]) {
    reads++;
    return original.apply(this, args);
  };
  const inner = await createNeo4jStore({
    uri: process.env.NEO4J_BENCH_URI ?? `bolt://127.0.0.1:${process.env.NEO4J_BOLT_PORT ?? 7687}`,
    user: 'neo4j',
    password: process.env.NEO4J_BENCH_PASSWORD ?? process.env.NEO4J_PASSWORD ?? 'whosaid-test',
  });
  const calls: string[] = [];
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as GraphStore;
  const server = await createServer({ store, port: 0, clientDistDir: '/nonexistent' });
  const call = createApiCaller({ graphqlUrl: server.graphqlUrl });
  try {
    for (const body of requestMix({ graph: SIZES[size].graph }).slice(0, 6)) {
      calls.length = 0;
      reads = 0;
      await call({ document: body.query, variables: body.variables });
      const name = /query (\w+)/.exec(body.query)?.[1] ?? '?';
      const perCall = [...new Set(calls)].map((c) => `${c} ×${calls.filter((x) => x === c).length}`).join(', ');
      console.log(
        `${name.padEnd(16)} ${JSON.stringify(body.variables).slice(0, 50).padEnd(52)} store calls ${calls.length} (${perCall}); Neo4j read transactions ${reads}`,
      );
    }
  } finally {
    await server.stop();
    await inner.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
