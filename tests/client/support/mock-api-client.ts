/**
 * A real urql Client whose only exchange answers from handlers keyed by operation name, so
 * components and the explorer's loaders run unchanged against canned data. Every request is
 * recorded (name + variables) for assertions.
 */
import { Client, makeErrorResult, makeResult, type Exchange, type Operation } from 'urql';
import { filter, fromPromise, fromValue, mergeMap, pipe } from 'wonka';

/** Returns the data, or a promise of it to answer later (slow or out-of-order answers). */
export type Handler = (variables: Record<string, unknown>) => unknown;

export interface MockApi {
  client: Client;
  calls: { name: string; variables: Record<string, unknown> }[];
  /** Switch the simulated outage on or off mid-test. */
  setUnreachable: (value: boolean) => void;
}

function operationName(operation: Operation): string {
  for (const definition of operation.query.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  return 'anonymous';
}

export function mockApiClient({
  handlers,
  unreachable = false,
  before = [],
}: {
  handlers: Record<string, Handler>;
  /** Every request fails like a refused connection. */
  unreachable?: boolean;
  /** Exchanges that run before the canned answers (the app's reachability monitor). */
  before?: Exchange[];
}): MockApi {
  const calls: MockApi['calls'] = [];
  let down = unreachable;
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation) => {
        const name = operationName(operation);
        const variables = (operation.variables ?? {}) as Record<string, unknown>;
        calls.push({ name, variables });
        const answer = () => {
          if (down) return makeErrorResult(operation, new TypeError('Failed to fetch'));
          const handler = handlers[name];
          if (!handler) return makeErrorResult(operation, new Error(`no mock for ${name}`));
          const data = handler(variables);
          return data instanceof Promise
            ? data.then((d) => makeResult(operation, { data: d as Record<string, unknown> }))
            : makeResult(operation, { data: data as Record<string, unknown> });
        };
        const result = answer();
        return result instanceof Promise ? fromPromise(result) : fromValue(result);
      }),
    );
  const client = new Client({ url: 'http://mock/graphql', exchanges: [...before, exchange] });
  return {
    client,
    calls,
    setUnreachable: (value) => {
      down = value;
    },
  };
}
