/** Edge.support is batched by a loader: its only argument is the batch of edge ids. */
export { parseIdBatch as parseEdgeSupportArguments, type IdBatch as EdgeSupportIds } from '../claim-ids';
