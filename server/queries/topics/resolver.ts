import type { QueryResolvers } from '../../generated/resolvers-types';

export const topics: QueryResolvers['topics'] = (_parent, _args, { store }) => store.listTopics();
