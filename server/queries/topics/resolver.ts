import type { QueryResolvers } from '../../graphql/generated/resolvers-types';

export const topics: QueryResolvers['topics'] = (_parent, _args, { store }) => store.listTopics();
