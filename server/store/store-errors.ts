/** Errors every GraphStore adapter throws; the GraphQL layer maps them to error codes. */

/** A caller passed an argument outside its allowed range (GraphQL: BAD_USER_INPUT). */
export class InvalidArgumentError extends Error {
  override readonly name = 'InvalidArgumentError';
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`);
  }
}

/**
 * The backing store cannot be reached or timed out (GraphQL: STORE_UNAVAILABLE). `reason` tells the
 * circuit breaker whether the server is gone (open at once) or one call was slow (probe first);
 * `retryAfterMs` is set when the breaker refused the call without trying.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly reason: 'unreachable' | 'timeout';
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options?: { cause?: unknown; reason?: 'unreachable' | 'timeout'; retryAfterMs?: number }) {
    super(message, options);
    this.reason = options?.reason ?? 'unreachable';
    this.retryAfterMs = options?.retryAfterMs;
  }
}
