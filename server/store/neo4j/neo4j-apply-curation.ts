/**
 * applyCuration on Neo4j: the removals, then the steps of writeBatch, in one write transaction, so a
 * failure anywhere (including a lost connection) rolls everything back.
 */
import { checkBatchRecords } from '../check-batch';
import type { CurationRemovals, GraphBatch, WriteSummary } from '../graph-store';
import type { Neo4jExecutor } from './neo4j-executor';
import { summaryOf, writeBatchSteps } from './neo4j-write-batch';

export async function applyCuration({
  db,
  batch,
  remove,
}: {
  db: Neo4jExecutor;
  batch: GraphBatch;
  remove: CurationRemovals;
}): Promise<WriteSummary> {
  checkBatchRecords({ batch });
  await db.write({
    work: async (run) => {
      const { sourceIds, claimIds } = remove;
      if (sourceIds.length > 0 || claimIds.length > 0) {
        // Takes the claims off their fact edges (deleting edges left empty) before they go.
        await run({ name: 'detach-fact-edges-from-claims-of-sources', params: { sourceIds, claimIds } });
        await run({ name: 'delete-claims-of-sources', params: { sourceIds, claimIds } });
      }
      if (remove.factEdgeIds.length > 0)
        await run({ name: 'delete-fact-edges-by-ids', params: { ids: remove.factEdgeIds } });
      if (remove.entityIds.length > 0 || sourceIds.length > 0) {
        await run({ name: 'delete-entities-and-sources', params: { entityIds: remove.entityIds, sourceIds } });
      }
      await writeBatchSteps({ run, batch });
    },
  });
  return summaryOf({ batch });
}
