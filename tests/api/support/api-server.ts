/**
 * Starts the real HTTP server on a free port around a given store and speaks GraphQL to it over
 * HTTP, the way the UI does (POST, content-type application/json).
 */
import type { Logger } from 'pino';
import { createServer, type RunningServer } from '../../../server/http/create-server';
import type { GraphStore } from '../../../server/store/graph-store';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
}

export interface ApiClient extends RunningServer {
  gql: <T = any>(args: { query: string; variables?: Record<string, unknown> }) => Promise<GraphQLResponse<T>>;
}

export async function startApi({
  store,
  production = false,
  clientDistDir,
  logger,
  requestTimeoutMs,
  yieldAfterMs,
}: {
  store: GraphStore;
  production?: boolean;
  clientDistDir?: string;
  logger?: Logger;
  requestTimeoutMs?: number;
  yieldAfterMs?: number;
}): Promise<ApiClient> {
  const server = await createServer({
    store,
    port: 0,
    production,
    introspection: !production,
    clientDistDir,
    logger,
    requestTimeoutMs,
    yieldAfterMs,
  });
  return {
    ...server,
    gql: async ({ query, variables }) => {
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body };
    },
  };
}

/** The first error's code, or undefined. */
export const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code as string | undefined;
