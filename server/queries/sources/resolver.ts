import type { QueryResolvers } from '../../graphql/generated/resolvers-types';

export const sources: QueryResolvers['sources'] = (_parent, _args, { store }) => store.listSources();
