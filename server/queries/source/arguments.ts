/** `source(id)`: one id, looked up (never interpolated); unknown -> null. */
import { z } from 'zod';
import { parseArguments } from '../argument-schemas';

export const sourceArgumentsSchema = z.object({ id: z.string() }).brand<'SourceArgs'>();
export type SourceArgs = z.output<typeof sourceArgumentsSchema>;
export const parseSourceArgs = (input: { id: string }): SourceArgs =>
  parseArguments({ schema: sourceArgumentsSchema, input });
