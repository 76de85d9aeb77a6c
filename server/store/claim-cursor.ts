/**
 * The opaque cursor of findClaims: base64url of a versioned JSON array holding the claim's order
 * key (sourceId, span.start, id), followed by an HMAC-SHA256 tag (first 16 bytes, 22 base64url
 * characters) so a cursor this API did not produce is refused, not paged from. JSON instead of a
 * joined string so ids may hold any character. Both adapters page with "strictly after this key"
 * (see compareClaimOrder).
 *
 * The key is WHOSAID_CURSOR_SECRET when set (every instance behind one load balancer must share it,
 * and cursors then survive restarts), else random per process (cursors die with the process).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { InvalidArgumentError } from '../errors/api-errors';

const TAG_CHARS = 22;
let secret: Buffer | undefined;

/** The signing key, read once: WHOSAID_CURSOR_SECRET (server/config.ts checks its length) or 32 random bytes. */
function cursorKey(): Buffer {
  const configured = process.env.WHOSAID_CURSOR_SECRET?.trim();
  secret ??= configured ? Buffer.from(configured, 'utf8') : randomBytes(32);
  return secret;
}

/** Tests and config use this to pin or rotate the key. */
export function setCursorSecret({ value }: { value: string | null }): void {
  secret = value === null ? undefined : Buffer.from(value, 'utf8');
}

const tagOf = (payload: string) =>
  createHmac('sha256', cursorKey()).update(payload).digest().subarray(0, 16).toString('base64url');

export interface ClaimOrderKey {
  sourceId: string;
  start: number;
  id: string;
}

const VERSION = 'c1';

export function encodeClaimCursor({ sourceId, start, id }: ClaimOrderKey): string {
  const payload = Buffer.from(JSON.stringify([VERSION, sourceId, start, id]), 'utf8').toString('base64url');
  return payload + tagOf(payload);
}

/** Throws InvalidArgumentError('after', ...) for anything that is not a cursor this module made. */
export function decodeClaimCursor({
  cursor,
  argument = 'after',
}: {
  cursor: string;
  argument?: string;
}): ClaimOrderKey {
  const invalid = () => new InvalidArgumentError(argument, 'is not a cursor returned by a previous page');
  if (cursor.length <= TAG_CHARS || cursor.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  const payload = cursor.slice(0, -TAG_CHARS);
  const tag = Buffer.from(cursor.slice(-TAG_CHARS), 'utf8');
  const expected = Buffer.from(tagOf(payload), 'utf8');
  if (tag.length !== expected.length || !timingSafeEqual(tag, expected)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
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
