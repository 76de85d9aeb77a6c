/**
 * Applies list-bounds.ts at execution time: list fields with a `first` argument get it checked
 * (1..max) and applied, enforced caps cut their list, and every resolver first checks the request's
 * signal (request-deadline.ts) so work stops once the deadline passed or the client left.
 * Every YIELD_EVERY resolver calls a request gives the event loop a turn: loader-fed resolvers
 * settle in microtasks, so without it one large answer would hold /healthz for its whole execution.
 * Resolvers stay unaware of all this; the fields are wrapped in place once, at startup.
 */
import {
  defaultFieldResolver,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import { z } from 'zod';
import { intArgument, parseArguments } from '../../queries/argument-schemas';
import { listBoundOf } from './list-bounds';

interface SignalContext {
  signal?: AbortSignal;
}

/**
 * A request that has run resolvers for this long without a break yields the event loop once
 * (setImmediate), so /healthz and other requests get a turn. Time-based rather than every N calls:
 * a yield in the middle of a field's loads splits its DataLoader batch into two store calls, so
 * ordinary (fast) requests must never yield.
 */
export const YIELD_AFTER_MS = 20;

/** One zod schema per (max, fallback) pair, built on first use: list fields resolve often. */
const firstSchemas = new Map<string, z.ZodType<{ first: number }>>();
function firstSchemaOf({ max, fallback }: { max: number; fallback: number }) {
  const key = `${max}:${fallback}`;
  let schema = firstSchemas.get(key);
  if (!schema) {
    schema = z.object({ first: intArgument({ min: 1, max, fallback }) });
    firstSchemas.set(key, schema);
  }
  return schema;
}
/** When the request's current run of resolvers without an event-loop turn began. */
const stretchStart = new WeakMap<object, number>();
/**
 * How every DataLoader dispatches its batch: two event-loop turns later, so the resolvers that yielded
 * (nextTurn, one turn) still join the batch their siblings started instead of splitting it.
 */
export const batchAfterYields = (dispatch: () => void): void => {
  setImmediate(() => setImmediate(dispatch));
};
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

export function boundSchema({
  schema,
  yieldAfterMs = YIELD_AFTER_MS,
}: {
  schema: GraphQLSchema;
  /** Tests that count store calls set Infinity: a yield splits a batch, and a loaded machine yields early. */
  yieldAfterMs?: number;
}): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const isEntity = type.getInterfaces().some((i) => isInterfaceType(i) && i.name === 'Entity');
    for (const field of Object.values(type.getFields())) {
      const list = isListType(getNullableType(field.type));
      const bound = list ? listBoundOf({ typeName: type.name, fieldName: field.name, isEntity }) : undefined;
      const takesFirst = bound?.kind === 'first';
      const cut = bound?.kind === 'cap' && bound.enforce ? bound.max : undefined;
      // Plain property reads (the default resolver) cost nothing and are left alone.
      if (!field.resolve && !takesFirst && cut === undefined) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: SignalContext, info) => {
        const signal = context?.signal;
        if (signal?.aborted) throw signal.reason;
        const limit = takesFirst
          ? parseArguments({ schema: firstSchemaOf(bound), input: { first: args.first } }).first
          : cut;
        const slice = (value: unknown) =>
          limit !== undefined && Array.isArray(value) && value.length > limit ? value.slice(0, limit) : value;
        const run = () => {
          const result = resolve(source, args, context, info);
          return isThenable(result) ? Promise.resolve(result).then(slice) : slice(result);
        };
        if (context && typeof context === 'object') {
          const now = performance.now();
          const start = stretchStart.get(context);
          if (start === undefined) {
            // A new synchronous stretch: it ends when the event loop next gets a turn.
            stretchStart.set(context, now);
            setImmediate(() => stretchStart.delete(context));
          } else if (now - start > yieldAfterMs) {
            return nextTurn().then(() => {
              if (signal?.aborted) throw signal.reason;
              return run();
            });
          }
        }
        return run();
      };
    }
  }
  return schema;
}
