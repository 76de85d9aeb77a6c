/**
 * Arguments of `Entity.relationships(types)` and of the store's getFactEdgesOf (the batched lookup
 * behind it), parsed once.
 */
import { z } from 'zod';
import { LIMITS } from '../../../domain/limits';
import { RELATIONSHIP_TYPES } from '../../../domain/vocabulary';
import { idListArgument, intArgument, parseArguments, vocabularyListArgument } from '../argument-schemas';

/** The GraphQL field's arguments: null types = every fact relationship. */
export const relationshipsArgumentsSchema = z
  .object({ types: vocabularyListArgument({ allowed: RELATIONSHIP_TYPES }) })
  .brand<'RelationshipsArgs'>();
export type RelationshipsArgs = z.output<typeof relationshipsArgumentsSchema>;
export const parseRelationshipsArgs = (input: z.input<typeof relationshipsArgumentsSchema>): RelationshipsArgs =>
  parseArguments({ schema: relationshipsArgumentsSchema, input });

export const factEdgesOfArgumentsSchema = z
  .object({
    ids: idListArgument({ max: LIMITS.MAX_BATCH_IDS }),
    /** null: every fact relationship; claim types in the list match nothing. */
    types: vocabularyListArgument({ allowed: RELATIONSHIP_TYPES }),
    /** Per entity only the first edges by id count, so a hub cannot make the answer unbounded. */
    limitPerEntity: intArgument({
      min: 1,
      max: LIMITS.MAX_FACT_EDGES_PER_ENTITY,
      fallback: LIMITS.MAX_FACT_EDGES_PER_ENTITY,
    }),
  })
  .brand<'FactEdgesOfArgs'>();
export type FactEdgesOfArgs = z.output<typeof factEdgesOfArgumentsSchema>;
export type FactEdgesOfInput = z.input<typeof factEdgesOfArgumentsSchema>;
export const parseFactEdgesOfArgs = (input: FactEdgesOfInput): FactEdgesOfArgs =>
  parseArguments({ schema: factEdgesOfArgumentsSchema, input });
