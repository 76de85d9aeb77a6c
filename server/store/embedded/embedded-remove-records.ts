/**
 * The removal half of applyCuration for the embedded store (semantics in server/store/graph-store.ts):
 * returns a modified copy, the published state is never touched.
 */
import { isFactRelationshipType } from '../../../domain/vocabulary';
import type { CurationRemovals } from '../graph-store';
import { copyState, type EmbeddedState } from './embedded-graph';

export function removeRecords({ state, remove }: { state: EmbeddedState; remove: CurationRemovals }): EmbeddedState {
  const { graph, topics } = copyState({ state });
  const sourceIds = new Set(remove.sourceIds);
  const claimIds = new Set(
    remove.claimIds.filter((id) => graph.hasNode(id) && graph.getNodeAttributes(id).kind === 'claim'),
  );
  graph.forEachNode((id, record) => {
    if (record.kind === 'claim' && sourceIds.has(record.claim.span.sourceId)) claimIds.add(id);
  });

  const edgeUpdates: { key: string; claimIds: string[] }[] = [];
  graph.forEachEdge((key, { edge }) => {
    if (!isFactRelationshipType(edge.type) || !edge.claimIds.some((id) => claimIds.has(id))) return;
    edgeUpdates.push({ key, claimIds: edge.claimIds.filter((id) => !claimIds.has(id)) });
  });
  for (const { key, claimIds: remaining } of edgeUpdates) {
    if (remaining.length === 0) graph.dropEdge(key);
    else graph.replaceEdgeAttributes(key, { edge: { ...graph.getEdgeAttributes(key).edge, claimIds: remaining } });
  }
  for (const id of claimIds) graph.dropNode(id);
  for (const id of remove.factEdgeIds) if (graph.hasEdge(id)) graph.dropEdge(id);
  for (const id of [...remove.entityIds, ...remove.sourceIds]) {
    if (!graph.hasNode(id)) continue;
    const kind = graph.getNodeAttributes(id).kind;
    // An id names one node of the shared id space: only drop it when it is of the kind asked for.
    if ((kind === 'entity' && remove.entityIds.includes(id)) || (kind === 'source' && sourceIds.has(id)))
      graph.dropNode(id);
  }
  return { graph, topics };
}
