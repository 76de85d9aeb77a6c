/**
 * WHOSAID_WRITE_TOKENS: comma-separated `name:token` pairs. Unset or blank switches every
 * mutation off (FORBIDDEN). The name is who a write is recorded as (curatedBy, Source.history);
 * the token is the secret. Tokens are kept only as SHA-256 digests so they can be compared in
 * constant time whatever their length, and so a heap dump or log line never shows them.
 */
import { createHash } from 'node:crypto';

export const WRITE_TOKENS_VARIABLE = 'WHOSAID_WRITE_TOKENS';
/** Short tokens are guessable; 16 characters of a random generator is the floor. */
export const MIN_TOKEN_LENGTH = 16;

export interface Curator {
  name: string;
  /** SHA-256 of the token. */
  digest: Buffer;
}

export type WriteAccess = { kind: 'off' } | { kind: 'on'; curators: Curator[] };

export class WriteTokensError extends Error {
  override readonly name = 'WriteTokensError';
}

export const digestOf = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** Throws WriteTokensError naming the bad pair by position, never echoing a token. */
export function parseWriteTokens({ value }: { value: string | undefined }): WriteAccess {
  if (value === undefined || value.trim() === '') return { kind: 'off' };
  const curators: Curator[] = [];
  value.split(',').forEach((pair, index) => {
    const trimmed = pair.trim();
    const colon = trimmed.indexOf(':');
    const name = colon > 0 ? trimmed.slice(0, colon).trim() : '';
    const token = colon > 0 ? trimmed.slice(colon + 1).trim() : '';
    const where = `${WRITE_TOKENS_VARIABLE} entry ${index + 1}`;
    if (!/^[A-Za-z0-9._@-]{1,64}$/.test(name)) {
      throw new WriteTokensError(`${where}: expected name:token with a name of letters, digits, . _ @ - (at most 64)`);
    }
    if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
      throw new WriteTokensError(
        `${where} (${name}): the token must be at least ${MIN_TOKEN_LENGTH} characters without spaces`,
      );
    }
    if (curators.some((c) => c.name === name)) throw new WriteTokensError(`${where}: the name ${name} is listed twice`);
    curators.push({ name, digest: digestOf(token) });
  });
  return { kind: 'on', curators };
}
