import type { GraphStore } from '../store/graph-store';
import type { Loaders } from './loaders';

/** Built per request by server/http/create-app.ts: loaders cache only within one request. */
export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
  /** Fires at the request deadline or when the client disconnects (graphql/limits/request-deadline.ts). */
  signal?: AbortSignal;
}
