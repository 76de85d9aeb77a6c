/**
 * The one urql client. POST with application/json on every operation: the API's CSRF
 * prevention rejects simple GET requests, and queries stay out of server logs. The
 * reachability monitor sits right before the network, so it sees every real request's outcome.
 */
import { Client, cacheExchange, fetchExchange } from 'urql';
import { GRAPHQL_PATH } from './api-config';
import type { ReachabilityMonitor } from './api-reachability';

export function createApiClient({
  url = GRAPHQL_PATH,
  reachability,
}: { url?: string; reachability?: ReachabilityMonitor } = {}): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, ...(reachability ? [reachability.exchange] : []), fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    fetchOptions: { headers: { 'content-type': 'application/json' } },
  });
}
