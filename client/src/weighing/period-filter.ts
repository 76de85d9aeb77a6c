/**
 * Filtering the graph to a period (the timeline strip): which loaded elements fall outside it. Pure, so the
 * rule is testable without Cytoscape. Kept: the claims placed in the period (domain/timeline.ts's interval
 * rule), edges carrying one of them (fact edges they assert, SAID / ABOUT, derived SAID_ABOUT), and the
 * entities those claims and edges touch. Everything else loaded is out of the period.
 */
import { overlapsPeriod } from '../../../domain/timeline';
import type { ClientEdge, ClientNode } from '../state/graph-model';
import { deriveSaidAboutEdges } from '../graph/visible-graph';

export interface Period {
  from: string;
  to: string;
}

export interface PlacedClaim {
  at: string;
  claimId: string;
  /** Speaker and subjects. */
  entityIds: string[];
}

export function claimsInPeriod({ placed, period }: { placed: PlacedClaim[]; period: Period }): PlacedClaim[] {
  return placed.filter((p) => overlapsPeriod({ at: p.at, from: period.from, to: period.to }));
}

export function outOfPeriodIds({
  nodes,
  edges,
  placed,
  period,
}: {
  nodes: Record<string, ClientNode>;
  edges: Record<string, ClientEdge>;
  placed: PlacedClaim[];
  period: Period | null;
}): Set<string> {
  if (!period) return new Set();
  const inside = claimsInPeriod({ placed, period });
  const claimIds = new Set(inside.map((p) => p.claimId));
  const kept = new Set<string>([...claimIds, ...inside.flatMap((p) => p.entityIds)]);
  const allEdges = Object.values(edges);
  const out = new Set<string>();
  for (const edge of [...allEdges, ...deriveSaidAboutEdges({ edges: allEdges })]) {
    if (edge.claimIds.some((id) => claimIds.has(id))) {
      kept.add(edge.from);
      kept.add(edge.to);
    } else out.add(edge.id);
  }
  for (const node of Object.values(nodes)) if (!kept.has(node.id)) out.add(node.id);
  return out;
}
