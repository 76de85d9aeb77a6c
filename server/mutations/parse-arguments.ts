/**
 * zod parsing of mutation arguments (after GraphQL's own type checks): every issue becomes one
 * problem `{ file: 'input', path: 'input.text', message }`, all reported at once. Ids that name a
 * folder are branded, so only a checked slug can ever become a file path.
 */
import { z } from 'zod';
import { slug } from '../../seed/format/seed-file-schemas';
import { inputProblems } from '../errors/curation-errors';

export const sourceIdSchema = slug.brand<'SourceId'>();
export type SourceId = z.infer<typeof sourceIdSchema>;
export const recordIdSchema = slug.brand<'RecordId'>();
export type RecordId = z.infer<typeof recordIdSchema>;

/** A version argument: a positive integer, or null/absent for "do not check". */
export const versionSchema = z.number().int().positive().nullish();

export function parseArguments<S extends z.ZodType>({ schema, args }: { schema: S; args: unknown }): z.output<S> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  throw inputProblems({
    problems: parsed.error.issues.map((issue) => ({
      path: issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, ''),
      message: issue.message,
    })),
  });
}
