/**
 * Building blocks of the per-query argument schemas (server/queries/<query>/arguments.ts). Every
 * range comes from domain/limits.ts; every message is the one the API has always answered with,
 * and parseArguments turns the first zod issue into an InvalidArgumentError naming the GraphQL
 * argument by its path (`depth`, `filter.text`). Arguments are parsed once, here at the boundary:
 * the store adapters take the branded parsed types and never check again.
 */
import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { InvalidArgumentError } from '../errors/api-errors';

/** An integer argument: null/undefined -> fallback, else min..max ("must be an integer from 1 to 50, got 0"). */
export function intArgument({ min, max, fallback }: { min: number; max: number; fallback: number }) {
  const message = (issue: { input?: unknown }) =>
    `must be an integer from ${min} to ${max}, got ${String(issue.input)}`;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message })
    .nullish()
    .transform((value) => value ?? fallback);
}

/** Characters as a reader counts them (code points), so 200 emoji are 200 characters, not 400 UTF-16 units. */
export const characterCount = (text: string): number => [...text].length;

/** A text or id argument of at most `max` characters (code points). */
export function textArgument({ max }: { max: number }) {
  return z.string().check((ctx) => {
    const length = characterCount(ctx.value);
    if (length > max)
      ctx.issues.push({ code: 'custom', input: ctx.value, message: `at most ${max} characters, got ${length}` });
  });
}

/** A list of ids of at most `max` entries (and at least `min`, with the message the API always gave). */
export function idListArgument({ max, min = 0 }: { max: number; min?: number }) {
  return z.array(z.string()).check((ctx) => {
    const count = ctx.value.length;
    if (count < min)
      ctx.issues.push({ code: 'custom', input: ctx.value, message: `give ${min} to ${max} ids, got ${count}` });
    else if (count > max)
      ctx.issues.push({ code: 'custom', input: ctx.value, message: `at most ${max} ids, got ${count}` });
  });
}

/**
 * A list of values of a closed vocabulary, deduplicated in order. Every unknown value is named in one
 * message, so a client sees all its mistakes at once. null/undefined stay null ("not restricted").
 */
export function vocabularyListArgument<T extends string>({ allowed }: { allowed: readonly T[] }) {
  return z
    .array(z.string())
    .check((ctx) => {
      const unknown = ctx.value.filter((value) => !(allowed as readonly string[]).includes(value));
      if (unknown.length > 0) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `unknown value(s) ${unknown.join(', ')}; allowed: ${allowed.join(', ')}`,
        });
      }
    })
    .nullish()
    .transform((values) => (values == null ? null : ([...new Set(values)] as T[])));
}

/** One value of a closed vocabulary, or null. */
export function vocabularyValueArgument<T extends string>({ allowed }: { allowed: readonly T[] }) {
  return z
    .string()
    .check((ctx) => {
      if (!(allowed as readonly string[]).includes(ctx.value)) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `unknown value(s) ${ctx.value}; allowed: ${allowed.join(', ')}`,
        });
      }
    })
    .nullish()
    .transform((value) => (value ?? null) as T | null);
}

/**
 * Parses `input` with `schema`; a failure becomes InvalidArgumentError naming the argument by the
 * issue's path (array indexes dropped: `relationshipTypes`, not `relationshipTypes.0`).
 */
export function parseArguments<S extends z.ZodType>({ schema, input }: { schema: S; input: unknown }): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const argument = issue.path.filter((part): part is string => typeof part === 'string').join('.');
  throw new InvalidArgumentError(argument, issue.message);
}

/** Ids of one batched lookup (entities, claims, edges by id; DataLoader batches stay within MAX_BATCH_IDS). */
export const idBatchSchema = z.object({ ids: idListArgument({ max: LIMITS.MAX_BATCH_IDS }) }).brand<'IdBatch'>();
export type IdBatch = z.output<typeof idBatchSchema>;
export const parseIdBatch = (input: { ids: readonly string[] }): IdBatch =>
  parseArguments({ schema: idBatchSchema, input: { ids: [...input.ids] } });
