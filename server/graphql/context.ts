import type { RequestAuth } from '../auth/authenticate';
import type { CurationService } from '../mutations/curation-service';
import type { GraphStore } from '../store/graph-store';
import type { Loaders } from './loaders';

/** Built per request by server/http/create-app.ts: loaders cache only within one request. */
export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
  /** Who is asking (from the Authorization header); only mutations look at it. */
  auth: RequestAuth;
  /** The seed-folder write path; null when the server has no seed folder to curate. */
  curation: CurationService | null;
}
