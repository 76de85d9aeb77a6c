/**
 * The one urql client. POST with application/json on every operation: the API's CSRF
 * prevention rejects simple GET requests, and queries stay out of server logs.
 */
import { Client, cacheExchange, fetchExchange } from 'urql';
import { GRAPHQL_PATH } from './api-config';

export function createApiClient({ url = GRAPHQL_PATH }: { url?: string } = {}): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    fetchOptions: { headers: { 'content-type': 'application/json' } },
  });
}
