/**
 * Every `extensions.code` the API can answer with (docs/api.md explains each). The server raises
 * them only through server/errors; the client reads them to decide what to tell the reader.
 */
export const ERROR_CODES = {
  /** An argument is out of range, malformed, or names an unknown value; `extensions.argument` names it. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The request itself is not a GraphQL request the server accepts (malformed JSON, oversized body, no query). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The operation does not parse (syntax error, or more than the token limit); raised by graphql-js. */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** The operation does not validate (unknown field or enum value, over a guard-rail limit); raised by graphql-js / graphql-armor. */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** An id given where null would be ambiguous does not exist; `extensions.argument` names it. */
  /** A request carrying a persisted-query extension (this API has no persisted queries). */
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  NOT_FOUND: 'NOT_FOUND',
  /** Writes are switched off (WHOSAID_WRITE_TOKENS is unset); the message names the variable. */
  FORBIDDEN: 'FORBIDDEN',
  /** Writes are on but the request has no `Authorization: Bearer <token>`, or an unknown token. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The write is based on an older version of a source, or creates one that exists; `extensions.currentVersion` names the current one. */
  CONFLICT: 'CONFLICT',
  /** The graph store cannot be reached or did not answer in time. */
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  /** The request ran past its deadline (WHOSAID_REQUEST_TIMEOUT_MS); `extensions.limitMs` says how long that is. */
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  /** The answer would exceed WHOSAID_MAX_RESPONSE_BYTES; `extensions.limitBytes` says how large that is. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** Anything unexpected; `extensions.requestId` matches the server log line. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];
