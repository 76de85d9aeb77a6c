import { checkIdList } from '../../../store/query-limits';
import { MAX_ENTITY_IDS } from '../../arguments';
import type { QueryResolvers } from '../../generated/resolvers-types';

/** result[i] belongs to ids[i]; unknown ids give null in place. */
export const entities: QueryResolvers['entities'] = async (_parent, { ids }, { loaders }) => {
  const results = await loaders.entities.loadMany(checkIdList({ argument: 'ids', ids, max: MAX_ENTITY_IDS }));
  return results.map((result) => {
    if (result instanceof Error) throw result;
    return result;
  });
};
