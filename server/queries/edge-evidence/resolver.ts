import type { QueryResolvers } from '../../graphql/generated/resolvers-types';

/** Unknown edge id -> null. The EdgeEvidence fields resolve the ends and the claims. */
export const edgeEvidence: QueryResolvers['edgeEvidence'] = (_parent, { edgeId }, { loaders }) =>
  loaders.edges.load(edgeId);
