/**
 * The errors the API raises on purpose, one class per code of domain/error-codes.ts. Resolvers,
 * argument schemas and the store adapters throw these (never a bare Error for a client mistake);
 * server/graphql/error-mapping.ts turns them into `extensions.code`, and create-app.ts answers
 * malformed requests with badRequestBody. Anything else is unexpected: logged with the request id
 * and answered as INTERNAL_SERVER_ERROR.
 */
import { ERROR_CODES, type ErrorCode } from '../../domain/error-codes';

/** A caller passed an argument outside its allowed range (BAD_USER_INPUT, `extensions.argument`). */
export class InvalidArgumentError extends Error {
  override readonly name = 'InvalidArgumentError';
  readonly code = ERROR_CODES.BAD_USER_INPUT;
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
  }
}

/** An id given where null would be ambiguous does not exist (NOT_FOUND, `extensions.argument`). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly code = ERROR_CODES.NOT_FOUND;
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
  }
}

/** The backing store cannot be reached or timed out (STORE_UNAVAILABLE). */
/**
 * `reason` tells the circuit breaker whether the server is gone (open at once) or one call was slow
 * (probe first); `retryAfterMs` is set when the breaker refused the call without trying.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly code = ERROR_CODES.STORE_UNAVAILABLE;
  readonly reason: 'unreachable' | 'timeout';
  readonly retryAfterMs: number | undefined;
  constructor(
    message: string,
    options?: { cause?: unknown; reason?: 'unreachable' | 'timeout'; retryAfterMs?: number },
  ) {
    super(message, options);
    this.reason = options?.reason ?? 'unreachable';
    this.retryAfterMs = options?.retryAfterMs;
  }
}

/** Every error the API raises on purpose; error-mapping.ts switches over it exhaustively. */
export type ApiError = InvalidArgumentError | NotFoundError | StoreUnavailableError;

export const isApiError = (error: unknown): error is ApiError =>
  error instanceof InvalidArgumentError || error instanceof NotFoundError || error instanceof StoreUnavailableError;

/** The one way resolvers raise an error code: `throw raise.notFound({ argument: 'from', message })`. */
export const raise = {
  invalidArgument: ({ argument, message }: { argument: string; message: string }) =>
    new InvalidArgumentError(argument, message),
  notFound: ({ argument, message }: { argument: string; message: string }) => new NotFoundError(argument, message),
};

/**
 * The GraphQL-shaped body for a request rejected before GraphQL runs (bad JSON, oversized body):
 * BAD_REQUEST, from the same code list as everything else.
 */
export function badRequestBody({ message, requestId }: { message: string; requestId?: string }): {
  errors: { message: string; extensions: { code: ErrorCode; requestId?: string } }[];
} {
  return { errors: [{ message, extensions: { code: ERROR_CODES.BAD_REQUEST, ...(requestId ? { requestId } : {}) } }] };
}
