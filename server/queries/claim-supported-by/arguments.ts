/** Claim.supportedBy is batched by a loader: its only argument is the batch of claim ids. */
export { parseClaimIdList as parseSupportedByArguments, type ClaimIdList as SupportedByIds } from '../claim-ids';
