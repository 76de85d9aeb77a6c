/**
 * Claim edges derived from claims, shared by both adapters so edge ids and edge sets are identical:
 *   (speaker)-[:SAID]->(claim), (claim)-[:ABOUT]->(subject), (claim)-[:STATED_IN]->(source),
 *   (claim)-[:SUPPORTS]->(other claim), (claim)-[:CONTRADICTS]->(other claim).
 * Every claim edge has role null, claimIds [claim.id] and the claim's review (absent when the claim has none).
 */
import type { Claim, Edge, FactEdge } from '../../domain/graph-types';
import type { ClaimRelationshipType } from '../../domain/vocabulary';

import { edgeIdOf } from '../../domain/edge-id';

export { edgeIdOf };

export interface ClaimEdge extends Edge {
  type: ClaimRelationshipType;
}

/** The claim edges of one claim, sorted by id (duplicate subjects/targets collapse to one edge). */
export function claimEdgesOf({ claim }: { claim: Claim }): ClaimEdge[] {
  const edge = (type: ClaimRelationshipType, from: string, to: string): ClaimEdge => ({
    id: edgeIdOf({ from, type, to }),
    type,
    from,
    to,
    role: null,
    claimIds: [claim.id],
    ...(claim.review ? { review: claim.review } : {}),
  });
  const edges = [
    edge('SAID', claim.speakerId, claim.id),
    ...claim.subjectIds.map((subject) => edge('ABOUT', claim.id, subject)),
    edge('STATED_IN', claim.id, claim.span.sourceId),
    ...claim.supportsIds.map((other) => edge('SUPPORTS', claim.id, other)),
    ...claim.contradictsIds.map((other) => edge('CONTRADICTS', claim.id, other)),
  ];
  const byId = new Map(edges.map((e) => [e.id, e]));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The claim edges of many claims, sorted by id. */
export function claimEdgesOfClaims({ claims }: { claims: readonly Claim[] }): ClaimEdge[] {
  const byId = new Map<string, ClaimEdge>();
  for (const claim of claims) for (const e of claimEdgesOf({ claim })) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The fact edge ids that list `claimId` among their claims, sorted: what claim.assertsEdgeIds should hold. */
export function assertedEdgeIdsOf({
  claimId,
  factEdges,
}: {
  claimId: string;
  factEdges: readonly FactEdge[];
}): string[] {
  return factEdges
    .filter((e) => e.claimIds.includes(claimId))
    .map((e) => e.id)
    .sort();
}
