/** `edgeEvidence(edgeId)` takes one id through the edges loader; the loader's batches are parsed as an IdBatch. */
export { parseIdBatch, type IdBatch } from '../argument-schemas';
