/**
 * Query.edges(ids): a batch of edges by id, so the client can ask `support` for every fact edge it draws in
 * one request (the edge-support loader then makes one store call for all of them).
 */
import type { Resolvers } from '../../graphql/generated/resolvers-types';
import { parseEdgesArgs } from './arguments';

export const edgesByIdResolvers: { Query: Pick<NonNullable<Resolvers['Query']>, 'edges'> } = {
  Query: {
    edges: async (_parent, { ids }, { loaders }) => {
      const results = await loaders.edges.loadMany(parseEdgesArgs({ ids }).ids);
      return results.map((result) => {
        if (result instanceof Error) throw result;
        return result;
      });
    },
  },
};
