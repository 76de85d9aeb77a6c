/**
 * What the canvas holds, derived from the loaded graph and the claims toggle. Pure, so the
 * "claims hidden" rewiring is easy to test: when claim nodes are hidden a speaker is joined to
 * each subject of its claims by one SAID_ABOUT edge carrying those claims' ids. Hidden node
 * types are not filtered here: the canvas keeps those nodes (display: none) so their positions
 * survive hiding and showing them again.
 */
import { edgeIdOf, isEdgeIdOfType } from '../../../domain/edge-id';
import type { NodeType } from '../../../domain/vocabulary';
import type { ClientEdge, ClientNode } from '../state/graph-model';
import { SAID_ABOUT } from './node-appearance';

export interface VisibleGraph {
  nodes: ClientNode[];
  edges: ClientEdge[];
}

export const saidAboutEdgeId = ({ speakerId, subjectId }: { speakerId: string; subjectId: string }) =>
  edgeIdOf({ from: speakerId, type: SAID_ABOUT, to: subjectId });

export const isDerivedEdgeId = (id: string) => isEdgeIdOfType({ id, type: SAID_ABOUT });

export function deriveSaidAboutEdges({ edges }: { edges: ClientEdge[] }): ClientEdge[] {
  const speakerOfClaim = new Map<string, string>();
  for (const edge of edges) if (edge.type === 'SAID') speakerOfClaim.set(edge.to, edge.from);
  const derived = new Map<string, ClientEdge>();
  for (const edge of edges) {
    if (edge.type !== 'ABOUT') continue;
    const speakerId = speakerOfClaim.get(edge.from);
    if (!speakerId || speakerId === edge.to) continue;
    const id = saidAboutEdgeId({ speakerId, subjectId: edge.to });
    const existing = derived.get(id);
    // Proposed only while every claim behind it is (curation/proposed-style.ts).
    if (existing) {
      if (!existing.claimIds.includes(edge.from)) existing.claimIds.push(edge.from);
      if (edge.reviewed !== false) delete existing.reviewed;
    } else {
      derived.set(id, {
        id,
        type: SAID_ABOUT,
        from: speakerId,
        to: edge.to,
        role: null,
        claimIds: [edge.from],
        ...(edge.reviewed === false ? { reviewed: false } : {}),
      });
    }
  }
  return [...derived.values()].map((e) => ({ ...e, claimIds: [...e.claimIds].sort() }));
}

export function visibleGraph({
  nodes,
  edges,
  showClaims,
}: {
  nodes: Record<string, ClientNode>;
  edges: Record<string, ClientEdge>;
  showClaims: boolean;
}): VisibleGraph {
  const shownNodes = Object.values(nodes)
    .filter((n) => showClaims || n.type !== 'Claim')
    .sort((a, b) => a.id.localeCompare(b.id));
  const shownIds = new Set(shownNodes.map((n) => n.id));
  const allEdges = Object.values(edges);
  const candidates = showClaims ? allEdges : [...allEdges, ...deriveSaidAboutEdges({ edges: allEdges })];
  const shownEdges = candidates
    .filter((e) => shownIds.has(e.from) && shownIds.has(e.to))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { nodes: shownNodes, edges: shownEdges };
}

/** Counts per node type of everything loaded (hidden or not), for the legend. */
export function countByType({ nodes }: { nodes: Record<string, ClientNode> }): Map<NodeType, number> {
  const counts = new Map<NodeType, number>();
  for (const node of Object.values(nodes)) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  return counts;
}
