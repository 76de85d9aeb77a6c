/** Claim.interest: one batched store call per request through the weighing loader. */
import type { Resolvers } from '../../graphql/generated/resolvers-types';

export const claimInterestResolvers: Pick<Resolvers, 'ClaimInterest'> & {
  Claim: Pick<NonNullable<Resolvers['Claim']>, 'interest'>;
} = {
  Claim: {
    interest: async (claim, _args, { loaders }) => {
      const interest = await loaders.weighing.interest.load(claim.id);
      if (!interest) throw new Error(`claim ${claim.id}: no interest record (claim unknown to the store)`);
      return interest;
    },
  },
  ClaimInterest: {
    because: (interest) => interest.because,
  },
};
