import { z } from 'zod';
import type { MutationUpdateClaimArgs } from '../../graphql/generated/resolvers-types';
import { parseArguments, recordIdSchema, versionSchema } from '../parse-arguments';

const schema = z.object({
  id: recordIdSchema,
  version: versionSchema,
  patch: z
    .looseObject({
      speaker: recordIdSchema.nullish(),
      subjects: z.array(recordIdSchema).min(1, 'must list at least 1 entity').max(50).nullish(),
      summary: z.string().trim().min(1, 'must not be empty').max(1000).nullish(),
      figures: z.array(z.unknown()).max(100).nullish(),
    })
    .refine((patch) => Object.keys(patch).length > 0, 'give at least one field to change'),
});

export function parseUpdateClaimArguments({ args }: { args: MutationUpdateClaimArgs }) {
  const parsed = parseArguments({ schema, args });
  return { id: parsed.id, version: parsed.version, patch: args.patch };
}
