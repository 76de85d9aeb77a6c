import type { Claim, Entity, FactEdge, SourceDocument, Topic } from './graph-types';

/**
 * A validated, self-consistent set of records: what the seed loader produces and what
 * GraphStore.writeBatch writes. Lives in domain/ so seed/ never imports server/.
 */
export interface GraphBatch {
  sources: SourceDocument[];
  topics: Topic[];
  entities: Entity[];
  factEdges: FactEdge[];
  claims: Claim[];
}
