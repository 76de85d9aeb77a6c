/** The first line of every mutation resolver: who writes, through which service. */
import { requireCurator } from '../auth/authenticate';
import type { GraphQLContext } from '../graphql/context';
import type { CurationService } from './curation-service';

export function requireWrite({ ctx }: { ctx: GraphQLContext }): { curator: string; curation: CurationService } {
  const curator = requireCurator({ auth: ctx.auth });
  // Writes on implies a service (server/http/create-server.ts builds one); guard anyway.
  if (!ctx.curation) throw new Error('curation is not configured on this server');
  return { curator, curation: ctx.curation };
}
