/** Arguments of `speakerProfile(id, first)`, parsed once; stores take the branded result only. */
import { z } from 'zod';
import { LIMITS } from '../../../domain/limits';
import { parseArguments } from '../argument-schemas';

const range = `must be an integer from 1 to ${LIMITS.MAX_PROFILE_CLAIMS}`;

const schema = z
  .object({
    id: z
      .string()
      .min(1, { message: 'must be an entity id' })
      .max(LIMITS.MAX_TEXT_LENGTH, { message: `must be at most ${LIMITS.MAX_TEXT_LENGTH} characters` }),
    first: z
      .number()
      .int({ message: range })
      .min(1, { message: range })
      .max(LIMITS.MAX_PROFILE_CLAIMS, { message: range })
      .nullish()
      .transform((first) => first ?? LIMITS.DEFAULT_PROFILE_CLAIMS),
  })
  .brand<'SpeakerProfileArguments'>();

export type SpeakerProfileArguments = z.output<typeof schema>;

export const parseSpeakerProfileArguments = (input: { id: string; first?: number | null }): SpeakerProfileArguments =>
  parseArguments({ schema, input });
