/** Entities by id for the embedded store (the entities loader's batch). */
import type { Entity } from '../../../domain/graph-types';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { IdBatch } from './arguments';

export function entitiesById({ state, args }: { state: EmbeddedState; args: IdBatch }): (Entity | null)[] {
  return args.ids.map((id) => {
    const record = state.graph.hasNode(id) ? state.graph.getNodeAttributes(id) : null;
    return record?.kind === 'entity' ? copyOf(record.entity) : null;
  });
}
