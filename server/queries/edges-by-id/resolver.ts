/**
 * Query.edges(ids): a batch of edges by id, so the client can ask `support` for every fact edge it draws in
 * one request (the edge-support loader then makes one store call for all of them).
 */
import { MAX_ENTITY_IDS } from '../../graphql/arguments';
import type { Resolvers } from '../../graphql/generated/resolvers-types';
import { checkIdList } from '../../store/query-limits';

export const edgesByIdResolvers: { Query: Pick<NonNullable<Resolvers['Query']>, 'edges'> } = {
  Query: {
    edges: async (_parent, { ids }, { loaders }) => {
      const results = await loaders.edges.loadMany(checkIdList({ argument: 'ids', ids, max: MAX_ENTITY_IDS }));
      return results.map((result) => {
        if (result instanceof Error) throw result;
        return result;
      });
    },
  },
};
