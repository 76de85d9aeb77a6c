import type { QueryResolvers } from '../../generated/resolvers-types';

/** Unknown id -> null. */
export const source: QueryResolvers['source'] = (_parent, { id }, { loaders }) => loaders.sources.load(id);
