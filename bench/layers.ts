/**
 * The two layers around the store: a bare neo4j-driver runner (no adapter code: query text, one read
 * transaction, records to objects) and a GraphQL-over-HTTP caller that posts like the UI does.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { LIMITS } from '../domain/limits';
import { loadQuery } from '../server/store/neo4j/neo4j-executor';
import type { ApiCall, DriverRun } from './operations';

/** Integral numbers as Cypher integers (LIMIT rejects floats), as the executor sends them. */
function toCypher(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypher);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypher(v)]));
  return value;
}

export function createDriverRunner({ uri, user, password }: { uri: string; user: string; password: string }): {
  run: DriverRun;
  driver: Driver;
} {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  const run: DriverRun = async ({ name, statement, params = {} }) => {
    const query = statement ?? loadQuery({ name: name ?? '' });
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(query, toCypher(params) as Record<string, unknown>), {
        timeout: LIMITS.READ_TIMEOUT_MS,
      });
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
  return { run, driver };
}

/** Network-level retries of the api layer (a reused keep-alive socket the server had just closed). */
export const apiRetries = { count: 0 };

/**
 * POST /graphql with JSON, as urql does; any GraphQL error fails the call (a benchmark of errors is
 * worthless). A network failure before any answer ("fetch failed": undici reused a keep-alive socket the
 * server closed, seen on the starved machine) is retried once and counted in apiRetries, never hidden.
 */
export function createApiCaller({ graphqlUrl }: { graphqlUrl: string }): ApiCall {
  const post = (body: string) =>
    fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body,
    });
  return async ({ document, variables }) => {
    const request = JSON.stringify({ query: document, variables });
    const response = await post(request).catch((error: unknown) => {
      apiRetries.count++;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      console.warn(`api: ${String(error)} (${cause?.code ?? cause?.message ?? 'no cause'}); retrying once`);
      return post(request);
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (body.errors?.length || !body.data)
      throw new Error(`GraphQL ${response.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
    return body.data;
  };
}
