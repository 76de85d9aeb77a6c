/** Arguments of `paths(from, to, maxHops, relationshipTypes, viaClaims)` (store: shortestPaths), parsed once with defaults applied. */
import { z } from 'zod';
import { LIMITS } from '../../../domain/limits';
import { FACT_RELATIONSHIP_TYPES, RELATIONSHIP_TYPES, type RelationshipType } from '../../../domain/vocabulary';
import { intArgument, parseArguments, vocabularyListArgument } from '../argument-schemas';

export const shortestPathsArgumentsSchema = z
  .object({
    /** Ids are looked up, never interpolated; an unknown one is NOT_FOUND in the resolver, [] in the store. */
    from: z.string(),
    to: z.string(),
    maxHops: intArgument({ min: 1, max: LIMITS.MAX_HOPS, fallback: LIMITS.DEFAULT_HOPS }),
    relationshipTypes: vocabularyListArgument({ allowed: RELATIONSHIP_TYPES }),
    /** May a path walk through Claim nodes (speaker -SAID-> claim -ABOUT-> subject)? Never through Source. */
    viaClaims: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    /** Not a GraphQL argument (the API returns up to MAX_PATHS); stores and tests may ask for fewer. */
    limit: intArgument({ min: 1, max: LIMITS.MAX_PATHS, fallback: LIMITS.MAX_PATHS }),
  })
  .transform(({ relationshipTypes, ...rest }) => ({
    ...rest,
    /** Default: every fact relationship, plus SAID and ABOUT when viaClaims. */
    relationshipTypes:
      relationshipTypes ??
      ((rest.viaClaims
        ? [...FACT_RELATIONSHIP_TYPES, 'SAID', 'ABOUT']
        : [...FACT_RELATIONSHIP_TYPES]) as RelationshipType[]),
  }))
  .brand<'ShortestPathsArgs'>();

export type ShortestPathsArgs = z.output<typeof shortestPathsArgumentsSchema>;
export type ShortestPathsInput = z.input<typeof shortestPathsArgumentsSchema>;

export const parseShortestPathsArgs = (input: ShortestPathsInput): ShortestPathsArgs =>
  parseArguments({ schema: shortestPathsArgumentsSchema, input });
