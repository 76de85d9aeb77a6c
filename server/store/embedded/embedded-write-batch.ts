/**
 * writeBatch for the embedded store: check the whole batch, apply it to a copy of the state, and
 * return the copy; the caller swaps it in. A throw anywhere leaves the published state untouched.
 * Replace semantics (documented in tests/contract/graph-store-contract.ts) in order:
 *   1. "replaced" claims = stored claims of the batch's sources plus stored claims whose id is in the batch;
 *   2. their ids leave every stored fact edge's claimIds;
 *   3. replaced claims absent from the batch are deleted with all their edges; the others lose the
 *      claim edges they own and get them re-derived from the batch;
 *   4. batch fact edges merge: claimIds = (what is left) ∪ (batch claimIds), sorted; role from the batch;
 *   5. fact edges left without claims are deleted (nothing stays in the graph without a claim).
 * Sources, topics and entities of the batch replace stored ones with the same id; entities are never deleted.
 */
import type { Edge } from '../../../domain/graph-types';
import type { NodeType } from '../../../domain/vocabulary';
import { isFactRelationshipType } from '../../../domain/vocabulary';
import { claimEdgesOfClaims } from '../batch-to-edges';
import { checkBatch, idsToLookUp } from '../check-batch';
import type { GraphBatch, WriteSummary } from '../graph-store';
import { claimSchema, entitySchema, factEdgeSchema, sourceDocumentSchema, topicSchema } from '../record-schemas';
import { copyState, nodeTypeOf, type EmbeddedGraph, type EmbeddedState, type NodeRecord } from './embedded-graph';

function checkAgainst({ state, batch }: { state: EmbeddedState; batch: GraphBatch }): void {
  const ids = idsToLookUp({ batch });
  const nodeTypes = new Map<string, NodeType>();
  for (const id of ids.nodeIds) {
    if (state.graph.hasNode(id)) nodeTypes.set(id, nodeTypeOf({ record: state.graph.getNodeAttributes(id) }));
  }
  const sourceTexts = new Map<string, string>();
  for (const id of ids.sourceIds) {
    if (!state.graph.hasNode(id)) continue;
    const record = state.graph.getNodeAttributes(id);
    if (record.kind === 'source') sourceTexts.set(id, record.source.text);
  }
  const topicIds = new Set(ids.topicIds.filter((id) => state.topics.has(id)));
  checkBatch({ batch, stored: { nodeTypes, sourceTexts, topicIds } });
}

function putNode({ graph, id, record }: { graph: EmbeddedGraph; id: string; record: NodeRecord }): void {
  if (graph.hasNode(id)) graph.replaceNodeAttributes(id, record);
  else graph.addNode(id, record);
}

/** The claim edges a claim owns are the derived ones: claim edges whose claimIds is [that claim]. */
const isClaimEdgeOwnedBy = (edge: Edge, claimId: string) =>
  !isFactRelationshipType(edge.type) && edge.claimIds.length === 1 && edge.claimIds[0] === claimId;

export function applyBatch({ state, batch: unsafeBatch }: { state: EmbeddedState; batch: GraphBatch }): {
  state: EmbeddedState;
  summary: WriteSummary;
} {
  checkAgainst({ state, batch: unsafeBatch });
  // Parsing strips unknown properties and deep-copies, so later changes to the caller's objects cannot reach the store.
  const batch: GraphBatch = {
    sources: unsafeBatch.sources.map((s) => sourceDocumentSchema.parse(s)),
    topics: unsafeBatch.topics.map((t) => topicSchema.parse(t)),
    entities: unsafeBatch.entities.map((e) => entitySchema.parse(e)),
    claims: unsafeBatch.claims.map((c) => claimSchema.parse(c)),
    factEdges: unsafeBatch.factEdges.map((f) => factEdgeSchema.parse(f)),
  };
  const { graph, topics } = copyState({ state });

  for (const source of batch.sources) putNode({ graph, id: source.id, record: { kind: 'source', source } });
  for (const topic of batch.topics) topics.set(topic.id, topic);
  for (const entity of batch.entities) putNode({ graph, id: entity.id, record: { kind: 'entity', entity } });

  const batchSourceIds = new Set(batch.sources.map((s) => s.id));
  const batchClaimIds = new Set(batch.claims.map((c) => c.id));
  const replaced = new Set<string>();
  graph.forEachNode((id, record) => {
    if (record.kind === 'claim' && (batchSourceIds.has(record.claim.span.sourceId) || batchClaimIds.has(id))) {
      replaced.add(id);
    }
  });

  const factClaims = new Map<string, string[]>();
  graph.forEachEdge((key, { edge }) => {
    if (isFactRelationshipType(edge.type))
      factClaims.set(
        key,
        edge.claimIds.filter((id) => !replaced.has(id)),
      );
  });

  for (const id of replaced) {
    if (!batchClaimIds.has(id)) {
      graph.dropNode(id);
      continue;
    }
    const owned = graph.filterEdges(id, (_key, { edge }) => isClaimEdgeOwnedBy(edge, id));
    owned.forEach((key) => graph.dropEdge(key));
  }
  for (const claim of batch.claims) putNode({ graph, id: claim.id, record: { kind: 'claim', claim } });
  for (const edge of claimEdgesOfClaims({ claims: batch.claims })) {
    if (!graph.hasEdge(edge.id)) graph.addEdgeWithKey(edge.id, edge.from, edge.to, { edge });
  }

  for (const fact of batch.factEdges) {
    const kept = factClaims.get(fact.id) ?? [];
    const claimIds = [...new Set([...kept, ...fact.claimIds])].sort();
    factClaims.set(fact.id, claimIds);
    const edge: Edge = { ...fact, claimIds };
    if (graph.hasEdge(fact.id)) graph.replaceEdgeAttributes(fact.id, { edge });
    else graph.addEdgeWithKey(fact.id, fact.from, fact.to, { edge });
  }
  for (const [key, claimIds] of factClaims) {
    if (claimIds.length === 0) graph.dropEdge(key);
    else if (graph.getEdgeAttributes(key).edge.claimIds.join('\n') !== claimIds.join('\n')) {
      graph.replaceEdgeAttributes(key, { edge: { ...graph.getEdgeAttributes(key).edge, claimIds } });
    }
  }

  return {
    state: { graph, topics },
    summary: {
      entities: batch.entities.length,
      claims: batch.claims.length,
      factEdges: batch.factEdges.length,
      sources: batch.sources.length,
      topics: batch.topics.length,
    },
  };
}
