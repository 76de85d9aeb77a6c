import type { QueryResolvers } from '../../graphql/generated/resolvers-types';

/** Unknown id -> null. */
export const source: QueryResolvers['source'] = (_parent, { id }, { loaders }) => loaders.sources.load(id);
