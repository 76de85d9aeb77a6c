/** Claim.supportedBy: the reverse of `supports`, one batched store call per request. */
import type { Resolvers } from '../../graphql/generated/resolvers-types';

export const supportedByResolvers: { Claim: Pick<NonNullable<Resolvers['Claim']>, 'supportedBy'> } = {
  Claim: {
    supportedBy: (claim, _args, { loaders }) => loaders.weighing.supportedBy.load(claim.id),
  },
};
