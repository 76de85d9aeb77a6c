import { z } from 'zod';
import type { MutationMergeEntitiesArgs } from '../../graphql/generated/resolvers-types';
import { parseArguments, recordIdSchema } from '../parse-arguments';

const schema = z.object({ keep: recordIdSchema, merge: recordIdSchema }).refine((args) => args.keep !== args.merge, {
  message: 'keep and merge must be different entities',
  path: ['merge'],
});

export const parseMergeEntitiesArguments = ({ args }: { args: MutationMergeEntitiesArgs }) =>
  parseArguments({ schema, args });
