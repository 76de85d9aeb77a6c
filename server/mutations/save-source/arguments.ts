import { z } from 'zod';
import { LIMITS } from '../../../domain/limits';
import type { MutationSaveSourceArgs } from '../../graphql/generated/resolvers-types';
import { parseArguments, sourceIdSchema, versionSchema } from '../parse-arguments';

const records = z
  .array(z.unknown())
  .max(LIMITS.MAX_SOURCE_RECORDS, `at most ${LIMITS.MAX_SOURCE_RECORDS} items (LIMITS.MAX_SOURCE_RECORDS)`);

export const sourceTextSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(
    LIMITS.MAX_SOURCE_TEXT,
    `is longer than the limit of ${LIMITS.MAX_SOURCE_TEXT} characters (200 kB, LIMITS.MAX_SOURCE_TEXT)`,
  );

const schema = z.object({
  input: z.object({
    source: z.looseObject({ id: sourceIdSchema, version: versionSchema }),
    text: sourceTextSchema,
    entities: records,
    claims: records,
    relationships: records,
  }),
});

export function parseSaveSourceArguments({ args }: { args: MutationSaveSourceArgs }) {
  const parsed = parseArguments({ schema, args });
  return { id: parsed.input.source.id, version: parsed.input.source.version ?? null, input: args.input };
}
