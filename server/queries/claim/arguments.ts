/** `claim(id)` takes one id through the claims loader; the loader's batches are parsed as an IdBatch. */
export { parseIdBatch, type IdBatch } from '../argument-schemas';
