/** Arguments of `search(text, types, first)`, parsed once with defaults applied. */
import { z } from 'zod';
import { LIMITS } from '../../../domain/limits';
import { ENTITY_TYPES } from '../../../domain/vocabulary';
import { intArgument, parseArguments, textArgument, vocabularyListArgument } from '../argument-schemas';

export const searchArgumentsSchema = z
  .object({
    /** Text without a letter or digit is valid and finds nothing (the UI sends what the reader types). */
    text: textArgument({ max: LIMITS.MAX_TEXT_LENGTH }),
    /** null: every entity type; []: none. */
    types: vocabularyListArgument({ allowed: ENTITY_TYPES }),
    first: intArgument({ min: 1, max: LIMITS.MAX_SEARCH, fallback: LIMITS.DEFAULT_SEARCH }),
  })
  .brand<'SearchArgs'>();

export type SearchArgs = z.output<typeof searchArgumentsSchema>;
export type SearchInput = z.input<typeof searchArgumentsSchema>;

export const parseSearchArgs = (input: SearchInput): SearchArgs =>
  parseArguments({ schema: searchArgumentsSchema, input });
