/** Claims by id for the embedded store (the claims loader's batch). */
import type { Claim } from '../../../domain/graph-types';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { IdBatch } from './arguments';

export function claimsById({ state, args }: { state: EmbeddedState; args: IdBatch }): (Claim | null)[] {
  return args.ids.map((id) => {
    const record = state.graph.hasNode(id) ? state.graph.getNodeAttributes(id) : null;
    return record?.kind === 'claim' ? copyOf(record.claim) : null;
  });
}
