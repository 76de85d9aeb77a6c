/** Arguments of `edges(ids)`: at most MAX_PAGE ids per call, like `entities(ids)`. */
import { z } from 'zod';
import { idListArgument, parseArguments } from '../argument-schemas';
import { MAX_ENTITY_IDS } from '../entities/arguments';

export const edgesArgumentsSchema = z.object({ ids: idListArgument({ max: MAX_ENTITY_IDS }) }).brand<'EdgesArgs'>();
export type EdgesArgs = z.output<typeof edgesArgumentsSchema>;

export const parseEdgesArgs = (input: { ids: readonly string[] }): EdgesArgs =>
  parseArguments({ schema: edgesArgumentsSchema, input: { ids: [...input.ids] } });
