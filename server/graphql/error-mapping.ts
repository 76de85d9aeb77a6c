/**
 * Turns store and resolver errors into GraphQL errors with stable codes (see docs/api.md):
 * InvalidArgumentError -> BAD_USER_INPUT (+ extensions.argument), StoreUnavailableError ->
 * STORE_UNAVAILABLE, NotFoundError -> NOT_FOUND (+ extensions.argument); anything unexpected
 * becomes INTERNAL_SERVER_ERROR whose message is hidden in production.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from '../../domain/error-codes';
import { CurationError } from '../mutations/mutation-errors';
import { InvalidArgumentError, StoreUnavailableError } from '../store/store-errors';

/** A resolver was asked about an id that does not exist, where null would be ambiguous. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
  }
}

export { ERROR_CODES };

export function createFormatError({ production }: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const extensions = { ...formatted.extensions };
    if (production) delete extensions.stacktrace;
    if (original instanceof CurationError) {
      // FORBIDDEN, UNAUTHENTICATED, CONFLICT, BAD_USER_INPUT with problems: messages written for the caller.
      return { ...formatted, extensions: { ...extensions, code: original.code, ...original.extensions() } };
    }
    if (original instanceof InvalidArgumentError) {
      return { ...formatted, extensions: { ...extensions, code: ERROR_CODES.BAD_USER_INPUT, argument: original.argument } };
    }
    if (original instanceof NotFoundError) {
      return { ...formatted, extensions: { ...extensions, code: ERROR_CODES.NOT_FOUND, argument: original.argument } };
    }
    if (original instanceof StoreUnavailableError) {
      return {
        ...formatted,
        message: production ? 'The graph store is unavailable; try again later.' : formatted.message,
        extensions: { ...extensions, code: ERROR_CODES.STORE_UNAVAILABLE },
      };
    }
    if (extensions.code === ERROR_CODES.INTERNAL_SERVER_ERROR && production) {
      // Unexpected failures may carry internals (Cypher, file paths) in their message.
      return { ...formatted, message: 'Internal server error', extensions };
    }
    return { ...formatted, extensions };
  };
}
