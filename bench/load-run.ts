/**
 * The bounded load run: the GraphQL server on 127.0.0.1 (port 0) in front of a store, autocannon with 64
 * connections for `seconds`, three times, cycling through a fixed mix of the UI's documents (search,
 * neighbourhood depth 1 and 2, EntityClaims, paths, stats). autocannon fires from a worker thread so the
 * client does not share the server's event loop. Every request of the mix is first sent once and must
 * answer without GraphQL errors; then throughput, p50/p99, errors and the process's resident memory after
 * run 1 and run 3 are reported.
 */
import path from 'node:path';
import { createServer } from '../server/http/create-server';
import { PROJECT_ROOT } from '../server/project-root';
import type { GraphStore } from '../server/store/graph-store';
import {
  randomGenerator,
  syntheticEntityId,
  syntheticName,
  type SyntheticGraphOptions,
} from './generate-synthetic-graph';
import { createApiCaller } from './layers';
import { UI_DOCUMENTS } from './operations';
import type { LoadRunResult } from './report';
import type { StoreKind } from './timing';

// autocannon ships no types; this is the part of its result we read.
interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

export const LOAD_CONNECTIONS = 64;
const MIX_SIZE = 60;

export function requestMix({
  graph,
}: {
  graph: SyntheticGraphOptions;
}): { query: string; variables: Record<string, unknown> }[] {
  const random = randomGenerator(99);
  const entity = () => syntheticEntityId(1 + Math.floor(random() * (graph.entities - 1)));
  const kinds = [
    () => ({
      query: UI_DOCUMENTS.SearchEntities,
      variables: {
        text: syntheticName({ index: 1 + Math.floor(random() * (graph.entities - 1)) }).slice(0, 6),
        first: 10,
      },
    }),
    () => ({ query: UI_DOCUMENTS.Neighbourhood, variables: { ids: [entity()], depth: 1 } }),
    () => ({ query: UI_DOCUMENTS.Neighbourhood, variables: { ids: [entity()], depth: 2 } }),
    () => ({ query: UI_DOCUMENTS.EntityClaims, variables: { id: entity(), first: 20 } }),
    () => ({ query: UI_DOCUMENTS.ShortestPaths, variables: { from: entity(), to: entity(), maxHops: 4 } }),
    () => ({ query: UI_DOCUMENTS.EntityDetails, variables: { id: entity() } }),
  ];
  return Array.from({ length: MIX_SIZE }, (_, i) => kinds[i % kinds.length]());
}

export async function runLoadTest({
  store,
  kind,
  seconds,
  graph,
}: {
  store: GraphStore;
  kind: StoreKind;
  seconds: number;
  graph: SyntheticGraphOptions;
}): Promise<LoadRunResult> {
  const server = await createServer({
    store,
    port: 0,
    host: '127.0.0.1',
    clientDistDir: path.join(PROJECT_ROOT, 'bench', 'no-client'),
  });
  try {
    const mix = requestMix({ graph });
    const call = createApiCaller({ graphqlUrl: server.graphqlUrl });
    for (const body of mix) await call({ document: body.query, variables: body.variables });
    const requests = mix.map((body) => ({
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }));
    const rss: number[] = [];
    let last: AutocannonResult | null = null;
    let errors = 0;
    let non2xx = 0;
    for (let run = 1; run <= 3; run++) {
      last = await autocannon({
        url: server.url,
        connections: LOAD_CONNECTIONS,
        duration: seconds,
        workers: 1,
        requests,
      });
      errors += last.errors + last.timeouts;
      non2xx += last.non2xx;
      global.gc?.();
      rss.push(process.memoryUsage().rss / 2 ** 20);
      console.log(
        `${kind} load run ${run}: ${last.requests.average.toFixed(0)} req/s, p50 ${last.latency.p50} ms, p99 ${last.latency.p99} ms, errors ${last.errors + last.timeouts}, non-2xx ${last.non2xx}, rss ${rss[rss.length - 1].toFixed(0)} MB`,
      );
    }
    return {
      store: kind,
      connections: LOAD_CONNECTIONS,
      seconds,
      requestsPerSecond: last!.requests.average,
      p50: last!.latency.p50,
      p99: last!.latency.p99,
      errors,
      non2xx,
      rssMbAfterRun1: rss[0],
      rssMbAfterRun3: rss[2],
    };
  } finally {
    await server.stop();
  }
}
