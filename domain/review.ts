/**
 * What `reviewed` means everywhere (API, client): a record is reviewed unless the extractor proposed it
 * and no curator has accepted it yet. A record without a review state was written by hand: reviewed.
 */
import type { ReviewState } from './graph-types';

export const isReviewed = ({ review }: { review?: ReviewState | null }): boolean => review !== 'proposed';
