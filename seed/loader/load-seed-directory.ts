/**
 * Loads a seed directory into one GraphBatch, or into the complete list of what is wrong with
 * it. Everything is validated before anything is built, so a caller that only writes
 * `ok: true` results can never half-write a bad seed.
 */
import type { GraphBatch } from '../../domain/graph-batch';
import { checkChartUnits } from '../validation/chart-unit-rules';
import { checkDuplicateIds } from '../validation/duplicate-id-rules';
import { mergeEntities } from '../validation/entity-merge';
import { checkSharedIdSpace } from '../validation/id-space-rules';
import { checkMentions } from '../validation/mention-rules';
import { checkOverlappingSpans } from '../validation/overlapping-span-rules';
import { resolveSpans } from '../validation/quote-span-rules';
import { checkReferences } from '../validation/reference-rules';
import { indexSeed } from '../validation/seed-index';
import { checkSourceFolders } from '../validation/source-folder-rules';
import { checkSpeakers } from '../validation/speaker-rules';
import { buildGraphBatch } from './build-graph-batch';
import { readSeedDirectory } from './read-seed-directory';
import { sortSeedErrors, type SeedError } from './seed-errors';

export type SeedLoadResult = { ok: true; batch: GraphBatch } | { ok: false; errors: SeedError[] };

export async function loadSeedDirectory({ seedDir }: { seedDir: string }): Promise<SeedLoadResult> {
  const { model, errors } = await readSeedDirectory({ seedDir });
  checkSourceFolders({ model, errors });
  checkDuplicateIds({ model, errors });
  checkSharedIdSpace({ model, errors });
  const entities = mergeEntities({ model, errors });
  checkMentions({ model, entities, errors });
  const index = indexSeed({ model, entities });
  checkReferences({ model, index, errors });
  checkSpeakers({ model, index, errors });
  checkChartUnits({ model, errors });
  const spans = resolveSpans({ model, errors });
  checkOverlappingSpans({ model, spans, errors });

  if (errors.length > 0) return { ok: false, errors: sortSeedErrors(errors) };
  return { ok: true, batch: buildGraphBatch({ model, entities, spans }) };
}
