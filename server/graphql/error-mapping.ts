/**
 * Turns errors into GraphQL errors with the stable codes of domain/error-codes.ts (docs/api.md):
 * the API's own errors (server/errors/api-errors.ts) carry their code and, for argument errors,
 * `extensions.argument`. Anything unexpected is logged with the request id by the plugin below,
 * answered as INTERNAL_SERVER_ERROR with `extensions.requestId`, and its message hidden in production.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from '../../domain/error-codes';
import { isApiError, type ApiError } from '../errors/api-errors';
import type { GraphQLContext } from './context';
import { CurationError } from '../errors/curation-errors';
import { RequestAbortedError } from './limits/request-deadline';

function extensionsOf(error: ApiError): Record<string, unknown> {
  switch (error.name) {
    case 'InvalidArgumentError':
    case 'NotFoundError':
      return { code: error.code, argument: error.argument };
    case 'StoreUnavailableError':
      // Seconds, like the HTTP header: when the circuit breaker expects to know more.
      return {
        code: error.code,
        ...(error.retryAfterMs !== undefined ? { retryAfter: Math.ceil(error.retryAfterMs / 1000) } : {}),
      };
    default: {
      const unhandled: never = error;
      throw new Error(`no error mapping for ${String(unhandled)}`);
    }
  }
}

export function createFormatError({ production }: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const extensions = { ...formatted.extensions };
    if (production) delete extensions.stacktrace;
    if (original instanceof CurationError) {
      // FORBIDDEN, UNAUTHENTICATED, CONFLICT, BAD_USER_INPUT with problems: messages written for the caller.
      return { ...formatted, extensions: { ...extensions, code: original.code, ...original.extensions() } };
    }
    if (isApiError(original)) {
      const storeDown = original.name === 'StoreUnavailableError';
      return {
        ...formatted,
        message: storeDown && production ? 'The graph store is unavailable; try again later.' : formatted.message,
        extensions: { ...extensions, ...extensionsOf(original) },
      };
    }
    if (extensions.code === ERROR_CODES.INTERNAL_SERVER_ERROR && production) {
      // Unexpected failures may carry internals (Cypher, file paths) in their message.
      return { ...formatted, message: 'Internal server error', extensions };
    }
    return { ...formatted, extensions };
  };
}

/**
 * Logs every unexpected error (not one of the API's own, and without a code from GraphQL itself,
 * such as a parse or validation failure) with the request id, and gives the error that id so the
 * client sees `extensions.requestId` next to INTERNAL_SERVER_ERROR.
 */
export function unexpectedErrorLogging(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          let abortLogged = false;
          for (const error of errors) {
            const original = unwrapResolverError(error);
            // A deadline or a client that left is an outcome the request-deadline code chose, not a fault:
            // one info line per request (response-guards.ts logs the deadline case) rather than an error
            // line and a stack per resolver still running.
            if (original instanceof RequestAbortedError) {
              if (!abortLogged && original.reason === 'client-gone')
                contextValue.log.info({ reason: original.reason, deadlineMs: original.deadlineMs }, 'request aborted');
              abortLogged = true;
              continue;
            }
            if (
              isApiError(original) ||
              (error.extensions?.code !== undefined && error.extensions.code !== ERROR_CODES.INTERNAL_SERVER_ERROR)
            )
              continue;
            contextValue.log.error({ err: original, path: error.path }, 'unexpected error');
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        },
      };
    },
  };
}
