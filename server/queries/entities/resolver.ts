import type { QueryResolvers } from '../../graphql/generated/resolvers-types';
import { parseEntitiesArgs } from './arguments';

/** result[i] belongs to ids[i]; unknown ids give null in place. */
export const entities: QueryResolvers['entities'] = async (_parent, input, { loaders }) => {
  const { ids } = parseEntitiesArgs(input);
  const results = await loaders.entities.loadMany(ids);
  return results.map((result) => {
    if (result instanceof Error) throw result;
    return result;
  });
};
