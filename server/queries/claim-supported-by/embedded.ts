/** Claim.supportedBy on the embedded store: the claims with a SUPPORTS edge into each claim. */
import type { Claim } from '../../../domain/graph-types';
import { LIMITS } from '../../../domain/limits';
import { compareClaimOrder, claimOrderKeyOf } from '../../store/claim-cursor';
import { copyOf, type EmbeddedState } from '../../store/embedded/embedded-graph';
import type { SupportedByIds } from './arguments';

/** Claims joined to `id` by `type` edges, pointing in (`in`), out, or either way; in claim order, unbounded. */
export function claimNeighbours({
  state,
  id,
  type,
  direction,
}: {
  state: EmbeddedState;
  id: string;
  type: 'SUPPORTS' | 'CONTRADICTS';
  direction: 'in' | 'out' | 'both';
}): Claim[] {
  const { graph } = state;
  if (!graph.hasNode(id)) return [];
  const found = new Map<string, Claim>();
  const visit = (other: string, edgeType: string) => {
    const record = graph.getNodeAttributes(other);
    if (edgeType === type && other !== id && record.kind === 'claim') found.set(other, record.claim);
  };
  if (direction !== 'out') graph.forEachInEdge(id, (_k, { edge }, from) => visit(from, edge.type));
  if (direction !== 'in') graph.forEachOutEdge(id, (_k, { edge }, _from, to) => visit(to, edge.type));
  return [...found.values()].sort((a, b) => compareClaimOrder(claimOrderKeyOf(a), claimOrderKeyOf(b)));
}

export function claimsSupporting({ state, ids }: { state: EmbeddedState; ids: SupportedByIds }): Claim[][] {
  return ids.map((id) =>
    claimNeighbours({ state, id, type: 'SUPPORTS', direction: 'in' }).slice(0, LIMITS.MAX_RELATED_CLAIMS).map(copyOf),
  );
}
