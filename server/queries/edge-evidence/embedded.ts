/** Edges by id for the embedded store (the edges loader's batch). */
import type { Edge } from '../../../domain/graph-types';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { IdBatch } from './arguments';

export function edgesById({ state, args }: { state: EmbeddedState; args: IdBatch }): (Edge | null)[] {
  return args.ids.map((id) => (state.graph.hasEdge(id) ? copyOf(state.graph.getEdgeAttributes(id).edge) : null));
}
