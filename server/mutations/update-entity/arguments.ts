import { z } from 'zod';
import type { MutationUpdateEntityArgs } from '../../graphql/generated/resolvers-types';
import { parseArguments, recordIdSchema } from '../parse-arguments';

const schema = z.object({
  id: recordIdSchema,
  patch: z
    .looseObject({
      name: z.string().trim().min(1, 'must not be empty').max(300).nullish(),
      aliases: z.array(z.string().trim().min(1, 'must not be empty').max(300)).max(100).nullish(),
      description: z.string().trim().min(1, 'must not be empty').max(2000).nullish(),
    })
    .refine((patch) => Object.keys(patch).length > 0, 'give at least one field to change'),
});

export function parseUpdateEntityArguments({ args }: { args: MutationUpdateEntityArgs }) {
  return { id: parseArguments({ schema, args }).id, patch: args.patch };
}
