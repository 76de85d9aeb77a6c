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
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypher(v)]));
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

/** POST /graphql with JSON, as urql does; any GraphQL error fails the call (a benchmark of errors is worthless). */
export function createApiCaller({ graphqlUrl }: { graphqlUrl: string }): ApiCall {
  return async ({ document, variables }) => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL ${response.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
    return body.data;
  };
}
