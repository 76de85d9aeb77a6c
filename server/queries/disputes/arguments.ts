/** Arguments of `disputes(first, after)`, parsed once; stores take the branded result only. */
import { z } from 'zod';
import { LIMITS } from '../../../domain/limits';
import { parseArguments } from '../argument-schemas';
import { decodeDisputeCursor, type DisputeOrderKey } from './dispute-cursor';

const schema = z
  .object({
    first: z
      .number()
      .int({ message: `must be an integer from 1 to ${LIMITS.MAX_DISPUTES}` })
      .min(1, { message: `must be an integer from 1 to ${LIMITS.MAX_DISPUTES}` })
      .max(LIMITS.MAX_DISPUTES, { message: `must be an integer from 1 to ${LIMITS.MAX_DISPUTES}` })
      .nullish()
      .transform((first) => first ?? LIMITS.DEFAULT_DISPUTES),
    after: z
      .string()
      .nullish()
      .transform((after, ctx): DisputeOrderKey | null => {
        if (after == null) return null;
        const key = decodeDisputeCursor({ cursor: after });
        if (key === null) ctx.addIssue({ code: 'custom', message: 'is not a cursor returned by a previous page' });
        return key;
      }),
  })
  .brand<'DisputesArguments'>();

export type DisputesArguments = z.output<typeof schema>;

export const parseDisputesArguments = (input: { first?: number | null; after?: string | null }): DisputesArguments =>
  parseArguments({ schema, input });
