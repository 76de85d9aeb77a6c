/**
 * Last look at every answer before it is sent (an Apollo plugin):
 * - a request whose deadline passed answers one REQUEST_TIMEOUT error instead of a field error per
 *   resolver that refused to start;
 * - an answer over maxResponseBytes is replaced by one RESPONSE_TOO_LARGE error (the cost limit makes
 *   this rare; large text fields are what it catches);
 * - guard-rail messages lose graphql-armor's misleading "Syntax Error: " prefix (the query parsed fine);
 * - the error list is capped, so 500 unknown directives answer a few hundred bytes, not 113 kB.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from '../../../domain/error-codes';
import { abortReasonOf } from './request-deadline';

export const MAX_ERRORS_IN_ANSWER = 10;

const ARMOR_PREFIX = 'Syntax Error: ';

function tidyErrors(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  const tidy = errors.map((error) =>
    error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && error.message.startsWith(ARMOR_PREFIX)
      ? { ...error, message: error.message.slice(ARMOR_PREFIX.length) }
      : error,
  );
  if (tidy.length <= MAX_ERRORS_IN_ANSWER) return tidy;
  const code = tidy[0].extensions?.code ?? ERROR_CODES.BAD_REQUEST;
  return [
    ...tidy.slice(0, MAX_ERRORS_IN_ANSWER).map(({ message, extensions, path }) => ({
      message,
      ...(path ? { path } : {}),
      extensions: { code: extensions?.code },
    })),
    { message: `${tidy.length - MAX_ERRORS_IN_ANSWER} more error(s) not shown`, extensions: { code } },
  ];
}

export function responseGuardsPlugin<
  TContext extends { signal?: AbortSignal; log?: { info: (fields: object, msg: string) => void } },
>({ maxResponseBytes }: { maxResponseBytes: number }): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const aborted = abortReasonOf(contextValue?.signal);
          if (aborted?.reason === 'deadline') {
            contextValue?.log?.info({ reason: aborted.reason, deadlineMs: aborted.deadlineMs }, 'request aborted');
            response.body.singleResult = {
              data: null,
              errors: [
                {
                  message: `${aborted.message}; ask for less (smaller \`first\`, fewer nested lists) or retry later.`,
                  extensions: { code: ERROR_CODES.REQUEST_TIMEOUT, limitMs: aborted.deadlineMs },
                },
              ],
            };
            return;
          }
          if (result.errors) result.errors = tidyErrors(result.errors);
          // Persisted queries are off: asking for one is the client's mistake, not a 200.
          if (String(result.errors?.[0]?.extensions?.code ?? '').startsWith('PERSISTED_QUERY') && response.http)
            response.http.status = 400;
          if (result.data === undefined || result.data === null) return;
          const bytes = Buffer.byteLength(JSON.stringify(result), 'utf8');
          if (bytes <= maxResponseBytes) return;
          response.body.singleResult = {
            data: null,
            errors: [
              {
                message: `The answer would be ${bytes} bytes, over the limit of ${maxResponseBytes}; ask for fewer items or fields.`,
                extensions: { code: ERROR_CODES.RESPONSE_TOO_LARGE, limitBytes: maxResponseBytes },
              },
            ],
          };
        },
      };
    },
  };
}
