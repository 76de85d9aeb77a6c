/**
 * Arguments of `claims(filter, first, after)` and of the paged claim fields (Entity.claimsBy,
 * Entity.claimsAbout), parsed once: the text becomes its words, the cursor its order key.
 */
import { z } from 'zod';
import type { ClaimFilter } from '../../../domain/graph-types';
import { LIMITS } from '../../../domain/limits';
import { CLAIM_KINDS } from '../../../domain/vocabulary';
import { tokenize } from '../../domain/search-scoring';
import type { Maybe } from '../../graphql/generated/resolvers-types';
import { InvalidArgumentError } from '../../errors/api-errors';
import { decodeClaimCursor, type ClaimOrderKey } from '../../store/claim-cursor';
import { intArgument, parseArguments, textArgument, vocabularyValueArgument } from '../argument-schemas';

const optionalId = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);

export const claimsArgumentsSchema = z
  .object({
    filter: z
      .object({
        speakerId: optionalId,
        aboutId: optionalId,
        topicId: optionalId,
        stance: optionalId,
        kind: vocabularyValueArgument({ allowed: CLAIM_KINDS }).transform((kind) => kind ?? undefined),
        sourceId: optionalId,
        text: textArgument({ max: LIMITS.MAX_TEXT_LENGTH }).nullish(),
        reviewed: z.boolean().nullish(),
      })
      .nullish()
      .transform((filter) => ({
        speakerId: filter?.speakerId,
        aboutId: filter?.aboutId,
        topicId: filter?.topicId,
        stance: filter?.stance,
        kind: filter?.kind,
        sourceId: filter?.sourceId,
        /**
         * null: no text condition. Otherwise the distinct words every match must contain; a text
         * without a letter or digit gives [] and matches nothing, as such a text finds nothing in search.
         */
        words: filter?.text == null ? null : [...new Set(tokenize(filter.text))],
        /** undefined: every claim; true: reviewed ones (no review or 'accepted'); false: proposed ones. */
        reviewed: filter?.reviewed ?? undefined,
      })),
    first: intArgument({ min: 1, max: LIMITS.MAX_PAGE, fallback: LIMITS.DEFAULT_PAGE }),
    /** The decoded cursor: pages continue strictly after this order key. */
    after: z
      .string()
      .nullish()
      .transform((cursor, ctx): ClaimOrderKey | null => {
        if (cursor == null) return null;
        try {
          return decodeClaimCursor({ cursor });
        } catch (error) {
          if (!(error instanceof InvalidArgumentError)) throw error;
          ctx.issues.push({ code: 'custom', input: cursor, message: error.message.replace(/^after: /, '') });
          return z.NEVER;
        }
      }),
  })
  .brand<'ClaimsArgs'>();

export type ClaimsArgs = z.output<typeof claimsArgumentsSchema>;
export type ClaimsInput = z.input<typeof claimsArgumentsSchema>;
export type ParsedClaimFilter = ClaimsArgs['filter'];

export const parseClaimsArgs = (input: ClaimsInput): ClaimsArgs =>
  parseArguments({ schema: claimsArgumentsSchema, input });

/** The GraphQL ClaimFilter input (speaker, about...) in the store's terms (speakerId, aboutId...). */
export function claimFilterOf({
  filter,
}: {
  filter:
    | Maybe<
        { [K in 'speaker' | 'about' | 'topic' | 'stance' | 'kind' | 'source' | 'text']?: Maybe<string> } & {
          reviewed?: Maybe<boolean>;
        }
      >
    | undefined;
}): ClaimFilter | undefined {
  if (!filter) return undefined;
  return {
    speakerId: filter.speaker ?? undefined,
    aboutId: filter.about ?? undefined,
    topicId: filter.topic ?? undefined,
    stance: filter.stance ?? undefined,
    kind: (filter.kind ?? undefined) as ClaimFilter['kind'],
    sourceId: filter.source ?? undefined,
    text: filter.text ?? undefined,
    reviewed: filter.reviewed ?? undefined,
  };
}
