/** Lookups by id, source listings and counts for the embedded store. */
import type { Claim, Edge, Entity, FactEdge, SourceDocument, SourceSummary, Stats, Topic } from '../../../domain/graph-types';
import { isFactRelationshipType, NODE_TYPES, RELATIONSHIP_TYPES, type NodeType, type RelationshipType } from '../../../domain/vocabulary';
import { checkFactEdgesPerEntity, checkIdList, checkRelationshipTypes, LIMITS } from '../query-limits';
import { compareIds, copyOf, nodeTypeOf, type EmbeddedState } from './embedded-graph';

const checkIds = (ids: readonly string[]) => checkIdList({ argument: 'ids', ids, max: LIMITS.MAX_BATCH_IDS });

export function entitiesById({ state, ids }: { state: EmbeddedState; ids: readonly string[] }): (Entity | null)[] {
  return checkIds(ids).map((id) => {
    const record = state.graph.hasNode(id) ? state.graph.getNodeAttributes(id) : null;
    return record?.kind === 'entity' ? copyOf(record.entity) : null;
  });
}

export function claimsById({ state, ids }: { state: EmbeddedState; ids: readonly string[] }): (Claim | null)[] {
  return checkIds(ids).map((id) => {
    const record = state.graph.hasNode(id) ? state.graph.getNodeAttributes(id) : null;
    return record?.kind === 'claim' ? copyOf(record.claim) : null;
  });
}

export function edgesById({ state, ids }: { state: EmbeddedState; ids: readonly string[] }): (Edge | null)[] {
  return checkIds(ids).map((id) => (state.graph.hasEdge(id) ? copyOf(state.graph.getEdgeAttributes(id).edge) : null));
}

export function factEdgesOf({
  state,
  ids,
  types,
  limitPerEntity,
}: {
  state: EmbeddedState;
  ids: readonly string[];
  types?: RelationshipType[];
  limitPerEntity?: number;
}): FactEdge[] {
  const wanted = checkRelationshipTypes('types', types);
  const perEntity = checkFactEdgesPerEntity(limitPerEntity);
  const found = new Map<string, FactEdge>();
  for (const id of checkIds(ids)) {
    if (!state.graph.hasNode(id)) continue;
    const own: FactEdge[] = [];
    state.graph.forEachEdge(id, (_key, { edge }) => {
      if (!isFactRelationshipType(edge.type) || (wanted && !wanted.includes(edge.type))) return;
      own.push(edge as FactEdge);
    });
    own
      .sort((a, b) => compareIds(a.id, b.id))
      .slice(0, perEntity)
      .forEach((edge) => found.set(edge.id, copyOf(edge)));
  }
  return [...found.values()].sort((a, b) => compareIds(a.id, b.id));
}

export function sourceById({ state, id }: { state: EmbeddedState; id: string }): SourceDocument | null {
  const record = state.graph.hasNode(id) ? state.graph.getNodeAttributes(id) : null;
  return record?.kind === 'source' ? copyOf(record.source) : null;
}

export function sourceSummaries({ state }: { state: EmbeddedState }): SourceSummary[] {
  const claimCounts = new Map<string, number>();
  const sources: SourceDocument[] = [];
  state.graph.forEachNode((_id, record) => {
    if (record.kind === 'source') sources.push(record.source);
    if (record.kind === 'claim') {
      claimCounts.set(record.claim.span.sourceId, (claimCounts.get(record.claim.span.sourceId) ?? 0) + 1);
    }
  });
  return sources
    .sort((a, b) => compareIds(a.id, b.id))
    .map(({ text, ...rest }) => ({ ...copyOf(rest), length: text.length, claimCount: claimCounts.get(rest.id) ?? 0 }));
}

export function topicList({ state }: { state: EmbeddedState }): Topic[] {
  return [...state.topics.values()].sort((a, b) => compareIds(a.id, b.id)).map((t) => copyOf(t));
}

export function countsOf({ state }: { state: EmbeddedState }): Stats {
  const nodeCounts = new Map<NodeType, number>();
  state.graph.forEachNode((_id, record) => {
    const type = nodeTypeOf({ record });
    nodeCounts.set(type, (nodeCounts.get(type) ?? 0) + 1);
  });
  const edgeCounts = new Map<RelationshipType, number>();
  state.graph.forEachEdge((_key, { edge }) => edgeCounts.set(edge.type, (edgeCounts.get(edge.type) ?? 0) + 1));
  return {
    nodes: NODE_TYPES.map((type) => ({ type, count: nodeCounts.get(type) ?? 0 })),
    relationships: RELATIONSHIP_TYPES.map((type) => ({ type, count: edgeCounts.get(type) ?? 0 })),
  };
}
