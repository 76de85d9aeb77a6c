/** Turns API results into the plain client shapes the reducer and components use. */
import type { ClaimFieldsFragment, SubgraphFieldsFragment } from '../graphql/generated';
import type { ClaimView, ClientNode, SubgraphView } from '../state/graph-model';
import { isNodeType } from '../../../domain/vocabulary';

export function toClaimView(claim: ClaimFieldsFragment): ClaimView {
  return {
    id: claim.id,
    quote: claim.quote,
    summary: claim.summary,
    kind: claim.kind,
    date: claim.date ? { text: claim.date.text, iso: claim.date.iso } : null,
    topic: claim.topic ? { id: claim.topic.id, name: claim.topic.name } : null,
    stance: claim.stance ? { id: claim.stance.id, label: claim.stance.label } : null,
    figures: claim.figures.map((f) => ({ ...f })),
    speaker: { id: claim.speaker.id, name: claim.speaker.name, type: claim.speaker.type },
    subjects: claim.subjects.map((s) => ({ id: s.id, name: s.name })),
    span: { start: claim.span.start, end: claim.span.end },
    sourceId: claim.source.id,
  };
}

export function toSubgraphView(subgraph: SubgraphFieldsFragment): SubgraphView {
  return {
    nodes: subgraph.nodes
      .filter((n) => isNodeType(n.type))
      .map((n): ClientNode => ({
        id: n.id,
        type: n.type,
        label: n.label,
        ...(n.reviewed === false ? { reviewed: false } : {}),
      })),
    edges: subgraph.edges.map((e) => ({
      id: e.id,
      type: e.type,
      from: e.from,
      to: e.to,
      role: e.role,
      claimIds: [...e.claimIds],
      ...(e.reviewed === false ? { reviewed: false } : {}),
    })),
    truncated: subgraph.truncated,
    omittedNodes: subgraph.omittedNodes,
  };
}

export function mergeSubgraphs({ parts }: { parts: SubgraphView[] }): SubgraphView {
  const nodes = new Map<string, ClientNode>();
  const edges = new Map<string, SubgraphView['edges'][number]>();
  for (const part of parts) {
    part.nodes.forEach((n) => nodes.set(n.id, n));
    part.edges.forEach((e) => edges.set(e.id, e));
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: parts.some((p) => p.truncated),
    omittedNodes: parts.reduce((sum, p) => sum + p.omittedNodes, 0),
  };
}
