import type { QueryResolvers } from '../../generated/resolvers-types';
import { claim } from './claim';
import { claims } from './claims';
import { edgeEvidence } from './edge-evidence';
import { entities } from './entities';
import { entity } from './entity';
import { neighbourhood } from './neighbourhood';
import { paths } from './paths';
import { search } from './search';
import { source } from './source';
import { sources } from './sources';
import { stats } from './stats';
import { topics } from './topics';
import { whoSaid } from './who-said';

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
