import type { QueryResolvers } from '../../graphql/generated/resolvers-types';

export const stats: QueryResolvers['stats'] = (_parent, _args, { store }) => store.stats();
