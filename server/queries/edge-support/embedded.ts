/** Edge.support on the embedded store. */
import type { Claim } from '../../../domain/graph-types';
import { LIMITS } from '../../../domain/limits';
import { isFactRelationshipType } from '../../../domain/vocabulary';
import type { EdgeSupport } from '../../../domain/weighing';
import { copyOf, compareIds, type EmbeddedState } from '../../store/embedded/embedded-graph';
import { interestOfClaim } from '../claim-interest/embedded';
import { claimNeighbours } from '../claim-supported-by/embedded';
import type { EdgeSupportIds } from './arguments';
import { summariseSupport } from './summarise-support';

function supportOf({ state, id }: { state: EmbeddedState; id: string }): EdgeSupport | null {
  const { graph } = state;
  if (!graph.hasEdge(id)) return null;
  const { edge } = graph.getEdgeAttributes(id);
  if (!isFactRelationshipType(edge.type)) return null;
  const claims: Claim[] = [];
  for (const claimId of edge.claimIds) {
    const record = graph.hasNode(claimId) ? graph.getNodeAttributes(claimId) : null;
    if (record?.kind === 'claim') claims.push(record.claim);
  }
  const supportingIds = new Set(claims.map((c) => c.id));
  const contradicting = new Map<string, Claim>();
  for (const claim of claims) {
    for (const other of claimNeighbours({ state, id: claim.id, type: 'CONTRADICTS', direction: 'both' })) {
      if (!supportingIds.has(other.id)) contradicting.set(other.id, other);
    }
  }
  return summariseSupport({
    edgeId: id,
    supporting: claims.map((claim) => ({
      id: claim.id,
      speakerId: claim.speakerId,
      sourceId: claim.span.sourceId,
      selfInterested: interestOfClaim({ state, claim }).selfInterested,
    })),
    contradictedBy: [...contradicting.values()]
      .sort((a, b) => compareIds(a.id, b.id))
      .slice(0, LIMITS.MAX_RELATED_CLAIMS)
      .map(copyOf),
  });
}

export function edgeSupport({ state, ids }: { state: EmbeddedState; ids: EdgeSupportIds }): (EdgeSupport | null)[] {
  return ids.map((id) => supportOf({ state, id }));
}
