/** Arguments of `timeline(subject, from, to, first)`, parsed once; stores take the branded result only. */
import { z } from 'zod';
import { LIMITS } from '../../../domain/limits';
import { endOfIso, ISO_PREFIX, startOfIso } from '../../../domain/timeline';
import { parseArguments } from '../argument-schemas';

const isoBound = z
  .string()
  .regex(ISO_PREFIX, { message: 'must be an ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD' })
  .nullish()
  .transform((value) => value ?? null);

const schema = z
  .object({
    subject: z
      .string()
      .min(1, { message: 'must be an entity id' })
      .max(LIMITS.MAX_TEXT_LENGTH, { message: `must be at most ${LIMITS.MAX_TEXT_LENGTH} characters` })
      .nullish()
      .transform((value) => value ?? null),
    from: isoBound,
    to: isoBound,
    first: z
      .number()
      .int({ message: `must be an integer from 1 to ${LIMITS.MAX_TIMELINE}` })
      .min(1, { message: `must be an integer from 1 to ${LIMITS.MAX_TIMELINE}` })
      .max(LIMITS.MAX_TIMELINE, { message: `must be an integer from 1 to ${LIMITS.MAX_TIMELINE}` })
      .nullish()
      .transform((first) => first ?? LIMITS.DEFAULT_TIMELINE),
  })
  .superRefine(({ from, to }, ctx) => {
    if (from !== null && to !== null && startOfIso(from) > endOfIso(to)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `must not be before from (${from})` });
    }
  })
  .brand<'TimelineArguments'>();

export type TimelineArguments = z.output<typeof schema>;

export const parseTimelineArguments = (input: {
  subject?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
}): TimelineArguments => parseArguments({ schema, input });
