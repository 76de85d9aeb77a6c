/**
 * Runs a query's zod argument schema and turns the first problem into the port's InvalidArgumentError,
 * named by the GraphQL argument path (`first`, `after`, `ids`), so every store sees only parsed,
 * branded arguments and never checks them again.
 */
import type { z } from 'zod';
import { InvalidArgumentError } from '../store/store-errors';

export function parseArguments<S extends z.ZodType>({ schema, input }: { schema: S; input: unknown }): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const argument = issue.path.length > 0 ? issue.path.map(String).join('.') : 'arguments';
  throw new InvalidArgumentError(argument, issue.message);
}
