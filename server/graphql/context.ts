import type { Logger } from 'pino';
import type { RequestAuth } from '../auth/authenticate';
import type { CurationService } from '../mutations/curation-service';
import type { GraphStore } from '../store/graph-store';
import type { Loaders } from './loaders';

/** Built per request by server/http/create-app.ts: loaders cache only within one request. */
export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
  /** The request's id (x-request-id): in the response header, in logs, and in INTERNAL_SERVER_ERROR extensions. */
  requestId: string;
  /** Logger bound to this request's id. */
  log: Logger;
  /** Fires at the request deadline or when the client disconnects (graphql/limits/request-deadline.ts). */
  signal?: AbortSignal;
  /** Who is asking (from the Authorization header); only mutations look at it. */
  auth: RequestAuth;
  /** The seed-folder write path; null when the server has no seed folder to curate. */
  curation: CurationService | null;
}
