import type { QueryResolvers } from '../../graphql/generated/resolvers-types';

/** Unknown id -> null. */
export const claim: QueryResolvers['claim'] = (_parent, { id }, { loaders }) => loaders.claims.load(id);
