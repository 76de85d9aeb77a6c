/**
 * The opaque cursor of `disputes`: base64url of a versioned JSON array holding the dispute's order key
 * (participant count, a.id, b.id). Both adapters page with "strictly after this key" (compareDisputeOrder).
 */
export interface DisputeOrderKey {
  participants: number;
  a: string;
  b: string;
}

const VERSION = 'd1';

export const encodeDisputeCursor = ({ participants, a, b }: DisputeOrderKey): string =>
  Buffer.from(JSON.stringify([VERSION, participants, a, b]), 'utf8').toString('base64url');

/** The key of a cursor this module made, or null for anything else. */
export function decodeDisputeCursor({ cursor }: { cursor: string }): DisputeOrderKey | null {
  if (cursor.length === 0 || cursor.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 4) return null;
    const [version, participants, a, b] = parsed as unknown[];
    if (version !== VERSION || typeof a !== 'string' || typeof b !== 'string') return null;
    if (typeof participants !== 'number' || !Number.isInteger(participants) || participants < 1) return null;
    return { participants, a, b };
  } catch {
    return null;
  }
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** More participants first, then a.id, then b.id (code-unit order, as Cypher ORDER BY). */
export const compareDisputeOrder = (x: DisputeOrderKey, y: DisputeOrderKey): number =>
  y.participants - x.participants || compare(x.a, y.a) || compare(x.b, y.b);
