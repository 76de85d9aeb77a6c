/** Claim.supportedBy is batched by a loader: its only argument is the batch of claim ids. */
export { parseIdBatch as parseSupportedByArguments, type IdBatch as SupportedByIds } from '../claim-ids';
