import { z } from 'zod';
import { LIMITS } from '../../../domain/limits';
import type { MutationReviewClaimsArgs } from '../../graphql/generated/resolvers-types';
import { parseArguments, recordIdSchema } from '../parse-arguments';

const schema = z.object({
  ids: z
    .array(recordIdSchema)
    .min(1, 'give at least 1 claim id')
    .max(LIMITS.MAX_REVIEW_IDS, `at most ${LIMITS.MAX_REVIEW_IDS} ids (LIMITS.MAX_REVIEW_IDS)`),
  decision: z.enum(['ACCEPT', 'REJECT']),
});

export function parseReviewClaimsArguments({ args }: { args: MutationReviewClaimsArgs }) {
  const parsed = parseArguments({ schema, args });
  return { ids: [...new Set(parsed.ids)], decision: parsed.decision };
}
