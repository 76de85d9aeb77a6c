/** Every resolver of the schema, merged. Resolvers stay thin: loaders and store calls only. */
import type { Resolvers } from '../generated/resolvers-types';
import { claimResolvers } from './claim';
import { entityResolvers } from './entity/entity-types';
import { relationshipViewResolvers } from './entity/relationship-views';
import { graphResolvers } from './graph';
import { Query } from './query';
import { Mutation, sourceCurationFields } from '../../mutations';
import { sourceAndTopicResolvers } from './source-and-topic';
import { withWeighingResolvers } from '../../queries/weighing-resolvers';

const base: Resolvers = {
  Query,
  ...entityResolvers,
  ...relationshipViewResolvers,
  ...claimResolvers,
  ...graphResolvers,
  ...sourceAndTopicResolvers,
  Mutation,
  Source: { ...sourceAndTopicResolvers.Source, ...sourceCurationFields },
};

export const resolvers: Resolvers = withWeighingResolvers({ resolvers: base });
