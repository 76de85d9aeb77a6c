/** The Query type's resolvers; each lives with its query in server/queries/<query>/resolver.ts. */
import type { QueryResolvers } from '../../generated/resolvers-types';
import { claim } from '../../../queries/claim/resolver';
import { claims } from '../../../queries/claims/resolver';
import { edgeEvidence } from '../../../queries/edge-evidence/resolver';
import { entities } from '../../../queries/entities/resolver';
import { entity } from '../../../queries/entity/resolver';
import { neighbourhood } from '../../../queries/neighbourhood/resolver';
import { paths } from '../../../queries/shortest-paths/resolver';
import { search } from '../../../queries/search/resolver';
import { source } from '../../../queries/source/resolver';
import { sources } from '../../../queries/sources/resolver';
import { stats } from '../../../queries/stats/resolver';
import { topics } from '../../../queries/topics/resolver';
import { whoSaid } from '../../../queries/who-said/resolver';

export const Query: QueryResolvers = {
  search,
  entity,
  entities,
  claim,
  neighbourhood,
  paths,
  claims,
  whoSaid,
  topics,
  edgeEvidence,
  source,
  sources,
  stats,
};
