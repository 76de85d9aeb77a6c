/** Arguments of `neighbourhood(ids, depth, relationshipTypes, nodeTypes, limit)`, parsed once with defaults applied. */
import { z } from 'zod';
import { DEFAULT_NEIGHBOURHOOD_NODES, DEFAULT_NEIGHBOURHOOD_RELATIONSHIPS, LIMITS } from '../../../domain/limits';
import { NODE_TYPES, RELATIONSHIP_TYPES } from '../../../domain/vocabulary';
import { idListArgument, intArgument, parseArguments, vocabularyListArgument } from '../argument-schemas';

export const neighbourhoodArgumentsSchema = z
  .object({
    ids: idListArgument({ min: 1, max: LIMITS.MAX_SEED_IDS }),
    depth: intArgument({ min: 0, max: LIMITS.MAX_DEPTH, fallback: LIMITS.DEFAULT_DEPTH }),
    /** Only traverse these; default: fact relationships plus SAID and ABOUT. */
    relationshipTypes: vocabularyListArgument({ allowed: RELATIONSHIP_TYPES }).transform(
      (types) => types ?? [...DEFAULT_NEIGHBOURHOOD_RELATIONSHIPS],
    ),
    /** Only include nodes of these types (the seeds are always included); default: all but Source. */
    nodeTypes: vocabularyListArgument({ allowed: NODE_TYPES }).transform(
      (types) => types ?? [...DEFAULT_NEIGHBOURHOOD_NODES],
    ),
    limit: intArgument({ min: 1, max: LIMITS.MAX_NODES, fallback: LIMITS.DEFAULT_NODES }),
  })
  .brand<'NeighbourhoodArgs'>();

export type NeighbourhoodArgs = z.output<typeof neighbourhoodArgumentsSchema>;
export type NeighbourhoodInput = z.input<typeof neighbourhoodArgumentsSchema>;

export const parseNeighbourhoodArgs = (input: NeighbourhoodInput): NeighbourhoodArgs =>
  parseArguments({ schema: neighbourhoodArgumentsSchema, input });
