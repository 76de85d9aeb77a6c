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

/** The backing store cannot be reached or timed out (GraphQL: STORE_UNAVAILABLE). */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
