import { z } from 'zod';
import type { MutationProposeSourceArgs } from '../../graphql/generated/resolvers-types';
import { sourceIdSchema, parseArguments } from '../parse-arguments';
import { sourceTextSchema } from '../save-source/arguments';

const schema = z.object({
  input: z.object({
    id: sourceIdSchema.nullish(),
    title: z.string().trim().min(1, 'must not be empty').max(500),
    publisher: z.string().trim().min(1).max(500).nullish(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullish(),
    publishedAt: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .nullish(),
    author: z.string().trim().min(1).max(200).nullish(),
    text: sourceTextSchema,
  }),
});

export const parseProposeSourceArguments = ({ args }: { args: MutationProposeSourceArgs }) =>
  parseArguments({ schema, args }).input;
