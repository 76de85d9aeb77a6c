/** Claim.interest is batched by a loader: its only argument is the batch of claim ids. */
export { parseIdBatch as parseClaimInterestArguments, type IdBatch as ClaimInterestIds } from '../claim-ids';
