/** Arguments of `entities(ids)`: at most MAX_PAGE ids per call. */
import { z } from 'zod';
import { LIMITS } from '../../../domain/limits';
import { idListArgument, parseArguments } from '../argument-schemas';

/** Most ids one `entities` call may ask for. */
export const MAX_ENTITY_IDS = LIMITS.MAX_PAGE;

export const entitiesArgumentsSchema = z
  .object({ ids: idListArgument({ max: MAX_ENTITY_IDS }) })
  .brand<'EntitiesArgs'>();
export type EntitiesArgs = z.output<typeof entitiesArgumentsSchema>;

export const parseEntitiesArgs = (input: { ids: readonly string[] }): EntitiesArgs =>
  parseArguments({ schema: entitiesArgumentsSchema, input: { ids: [...input.ids] } });
