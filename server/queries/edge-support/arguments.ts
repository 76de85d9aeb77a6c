/** Edge.support is batched by a loader: its only argument is the batch of edge ids. */
export { parseClaimIdList as parseEdgeSupportArguments, type ClaimIdList as EdgeSupportIds } from '../claim-ids';
