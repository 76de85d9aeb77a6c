/**
 * The opaque cursor of findClaims: base64url of a versioned JSON array holding the claim's order
 * key (sourceId, span.start, id). JSON instead of a joined string so ids may hold any character.
 * Both adapters page with "strictly after this key" (see compareClaimOrder).
 */
import { InvalidArgumentError } from '../errors/api-errors';

export interface ClaimOrderKey {
  sourceId: string;
  start: number;
  id: string;
}

const VERSION = 'c1';

export function encodeClaimCursor({ sourceId, start, id }: ClaimOrderKey): string {
  return Buffer.from(JSON.stringify([VERSION, sourceId, start, id]), 'utf8').toString('base64url');
}

/** Throws InvalidArgumentError('after', ...) for anything that is not a cursor this module made. */
export function decodeClaimCursor({ cursor, argument = 'after' }: { cursor: string; argument?: string }): ClaimOrderKey {
  const invalid = () => new InvalidArgumentError(argument, 'is not a cursor returned by a previous page');
  if (cursor.length === 0 || cursor.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw invalid();
  const [version, sourceId, start, id] = parsed as unknown[];
  if (version !== VERSION || typeof sourceId !== 'string' || typeof id !== 'string') throw invalid();
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) throw invalid();
  return { sourceId, start, id };
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The claim order both stores use: sourceId, then span start, then id (code-unit string comparison). */
export function compareClaimOrder(a: ClaimOrderKey, b: ClaimOrderKey): number {
  return compareStrings(a.sourceId, b.sourceId) || a.start - b.start || compareStrings(a.id, b.id);
}

export const claimOrderKeyOf = (claim: { id: string; span: { sourceId: string; start: number } }): ClaimOrderKey => ({
  sourceId: claim.span.sourceId,
  start: claim.span.start,
  id: claim.id,
});
