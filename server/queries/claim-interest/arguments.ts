/** Claim.interest is batched by a loader: its only argument is the batch of claim ids. */
export { parseClaimIdList as parseClaimInterestArguments, type ClaimIdList as ClaimInterestIds } from '../claim-ids';
