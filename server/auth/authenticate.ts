/**
 * Who is asking, decided once per request from the Authorization header. Reads ignore it; every
 * mutation calls requireCurator() first, so writes-off and a bad token are answered before any
 * argument is parsed or any file is read.
 */
import { timingSafeEqual } from 'node:crypto';
import { ForbiddenError, UnauthenticatedError } from '../errors/curation-errors';
import { digestOf, WRITE_TOKENS_VARIABLE, type WriteAccess } from './write-tokens';

export type RequestAuth =
  { kind: 'writes-off' } | { kind: 'anonymous' } | { kind: 'invalid-token' } | { kind: 'curator'; name: string };

export function authenticate({
  access,
  authorization,
}: {
  access: WriteAccess;
  authorization: string | undefined;
}): RequestAuth {
  if (access.kind === 'off') return { kind: 'writes-off' };
  if (authorization === undefined || authorization.trim() === '') return { kind: 'anonymous' };
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization);
  if (!match) return { kind: 'invalid-token' };
  const digest = digestOf(match[1]!);
  // Compare against every curator, without stopping early, so timing says nothing about which (if any) matched.
  let found: string | null = null;
  for (const curator of access.curators) {
    if (timingSafeEqual(curator.digest, digest) && found === null) found = curator.name;
  }
  return found === null ? { kind: 'invalid-token' } : { kind: 'curator', name: found };
}

/** The curator's name, or the error every mutation answers with. */
export function requireCurator({ auth }: { auth: RequestAuth }): string {
  switch (auth.kind) {
    case 'curator':
      return auth.name;
    case 'writes-off':
      throw new ForbiddenError(
        `Writes are switched off on this server: set ${WRITE_TOKENS_VARIABLE} (name:token pairs) to enable them`,
      );
    case 'anonymous':
      throw new UnauthenticatedError('This mutation needs the header Authorization: Bearer <token>');
    case 'invalid-token':
      throw new UnauthenticatedError('The bearer token is not valid');
    default: {
      const unreachable: never = auth;
      return unreachable;
    }
  }
}
