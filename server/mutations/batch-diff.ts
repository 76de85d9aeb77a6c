/**
 * What a curation write sends to the store: the records of the new seed that differ from the old
 * one (plus everything of the changed sources, so writeBatch's replace semantics apply), and the
 * ids that vanished. Comparing whole batches keeps every derived field right, e.g. a claim whose
 * assertsEdgeIds changed because a relationship in ANOTHER folder started naming it.
 */
import { isDeepStrictEqual } from 'node:util';
import type { CurationRemovals, GraphBatch } from '../store/graph-store';

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
const changedFrom =
  <T extends { id: string }>(before: Map<string, T>) =>
  (item: T) =>
    !isDeepStrictEqual(before.get(item.id), item);

export function diffBatches({
  prev,
  next,
  changedSourceIds,
}: {
  prev: GraphBatch;
  next: GraphBatch;
  changedSourceIds: ReadonlySet<string>;
}): { batch: GraphBatch; remove: CurationRemovals } {
  const claims = next.claims.filter((c) => changedSourceIds.has(c.span.sourceId) || changedFrom(byId(prev.claims))(c));
  const claimIds = new Set(claims.map((c) => c.id));
  // Every edge carrying a rewritten claim must be re-sent: writeBatch first takes those claims off all edges.
  const factEdges = next.factEdges.filter(
    (e) => e.claimIds.some((id) => claimIds.has(id)) || changedFrom(byId(prev.factEdges))(e),
  );
  const gone = <T extends { id: string }>(before: T[], after: T[]) => {
    const kept = new Set(after.map((item) => item.id));
    return before.filter((item) => !kept.has(item.id)).map((item) => item.id);
  };
  return {
    batch: {
      sources: next.sources.filter((s) => changedSourceIds.has(s.id)),
      topics: next.topics.filter(changedFrom(byId(prev.topics))),
      entities: next.entities.filter(changedFrom(byId(prev.entities))),
      claims,
      factEdges,
    },
    remove: {
      sourceIds: gone(prev.sources, next.sources),
      claimIds: gone(prev.claims, next.claims),
      entityIds: gone(prev.entities, next.entities),
      factEdgeIds: gone(prev.factEdges, next.factEdges),
    },
  };
}
