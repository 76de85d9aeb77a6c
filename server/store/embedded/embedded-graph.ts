/**
 * The in-memory state of the embedded store: a graphology MultiDirectedGraph whose nodes are
 * entities, claims and sources (one id space) and whose edges are keyed by edge id, plus topics.
 * The state is treated as immutable once published: writes build a modified copy and swap it in
 * (see embedded-write-batch.ts), and records are replaced, never mutated, so readers can share them.
 */
import { MultiDirectedGraph } from 'graphology';
import type { Claim, Edge, Entity, GraphNode, ReviewState, SourceDocument, Topic } from '../../../domain/graph-types';
import type { NodeType } from '../../../domain/vocabulary';

/** What a graph node holds, tagged by kind. */
export type NodeRecord =
  { kind: 'entity'; entity: Entity } | { kind: 'claim'; claim: Claim } | { kind: 'source'; source: SourceDocument };

export type EmbeddedGraph = MultiDirectedGraph<NodeRecord, { edge: Edge }>;

export interface EmbeddedState {
  graph: EmbeddedGraph;
  topics: ReadonlyMap<string, Topic>;
}

export const emptyState = (): EmbeddedState => ({ graph: new MultiDirectedGraph(), topics: new Map() });

export function copyState({ state }: { state: EmbeddedState }): { graph: EmbeddedGraph; topics: Map<string, Topic> } {
  return { graph: state.graph.copy() as EmbeddedGraph, topics: new Map(state.topics) };
}

export function nodeTypeOf({ record }: { record: NodeRecord }): NodeType {
  switch (record.kind) {
    case 'entity':
      return record.entity.type;
    case 'claim':
      return 'Claim';
    case 'source':
      return 'Source';
    default:
      return assertNever(record);
  }
}

/** Entity name, claim summary or source title. */
export function graphNodeOf({ id, record }: { id: string; record: NodeRecord }): GraphNode {
  switch (record.kind) {
    case 'entity':
      return { id, type: record.entity.type, label: record.entity.name, ...reviewOf(record.entity) };
    case 'claim':
      return { id, type: 'Claim', label: record.claim.summary, ...reviewOf(record.claim) };
    case 'source':
      return { id, type: 'Source', label: record.source.title };
    default:
      return assertNever(record);
  }
}

/** The review field only when the record has one, so both stores return the same shape. */
const reviewOf = ({ review }: { review?: ReviewState }): { review?: ReviewState } => (review ? { review } : {});

export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}

/** Plain code-unit string order, the same as Cypher's ORDER BY on strings. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Callers get copies, so nothing they do can change the store. */
export const copyOf = <T>(value: T): T => structuredClone(value);

/** copyOf for an edge, without structuredClone's cost (microseconds per call, hundreds per neighbourhood): its only non-primitive field is claimIds. */
export const copyEdge = (edge: Edge): Edge => ({ ...edge, claimIds: [...edge.claimIds] });
