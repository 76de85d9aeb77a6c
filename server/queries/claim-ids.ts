/**
 * A batch of claim (or edge) ids as the per-request loaders send it: at most MAX_BATCH_IDS, which the
 * loaders' maxBatchSize guarantees; parsed once here so adapters take the branded type only.
 */
import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { parseArguments } from './argument-schemas';

const idBatchSchema = z.object({
  ids: z
    .array(z.string())
    .max(LIMITS.MAX_BATCH_IDS, { message: `at most ${LIMITS.MAX_BATCH_IDS} ids` })
    .transform((ids) => [...ids])
    .brand<'ClaimIdList'>(),
});

export type ClaimIdList = z.output<typeof idBatchSchema>['ids'];

export const parseClaimIdList = ({ ids }: { ids: readonly string[] }): ClaimIdList =>
  parseArguments({ schema: idBatchSchema, input: { ids } }).ids;
