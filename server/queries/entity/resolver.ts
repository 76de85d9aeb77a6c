import type { QueryResolvers } from '../../graphql/generated/resolvers-types';

/** Unknown id -> null (documented in the SDL). */
export const entity: QueryResolvers['entity'] = (_parent, { id }, { loaders }) => loaders.entities.load(id);
