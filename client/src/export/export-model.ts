/**
 * The documented export shape (docs/export.md): what is drawn (nodes and edges, hidden types
 * left out) and every loaded claim that touches it, each with its verbatim quote, speaker,
 * source and span. Plain data a person can read or load elsewhere, not Cytoscape's internal
 * dump. Pure, so the shape is tested without a browser.
 */
import type { NodeType } from '../../../domain/vocabulary';
import { visibleGraph } from '../graph/visible-graph';
import type { ClaimView, ClientEdge, ClientNode } from '../state/graph-model';

export const EXPORT_FORMAT = 'whosaid-graph';
export const EXPORT_VERSION = 1;

export interface ExportedClaim {
  id: string;
  quote: string;
  summary: string;
  kind: string;
  speaker: { id: string; name: string };
  subjects: { id: string; name: string }[];
  source: { id: string; title: string };
  /** UTF-16 offsets into the source's text: text.slice(start, end) === quote. */
  span: { start: number; end: number };
  date: string | null;
  topic: string | null;
  stance: string | null;
  figures: { measure: string; label: string; value: number; unit: string; isLowerBound: boolean }[];
}

export interface GraphExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  sources: { id: string; title: string }[];
  nodes: { id: string; type: string; label: string }[];
  edges: { id: string; type: string; from: string; to: string; role: string | null; claimIds: string[] }[];
  claims: ExportedClaim[];
}

export function buildGraphExport({
  nodes,
  edges,
  claims,
  showClaims,
  hiddenTypes,
  sourceTitles,
  now = new Date(),
}: {
  nodes: Record<string, ClientNode>;
  edges: Record<string, ClientEdge>;
  claims: Record<string, ClaimView>;
  showClaims: boolean;
  hiddenTypes: NodeType[];
  sourceTitles: Record<string, string>;
  now?: Date;
}): GraphExport {
  const drawn = visibleGraph({ nodes, edges, showClaims });
  const shown = drawn.nodes.filter((n) => !hiddenTypes.includes(n.type));
  const ids = new Set(shown.map((n) => n.id));
  const shownEdges = drawn.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  const touches = (claim: ClaimView) =>
    ids.has(claim.id) || ids.has(claim.speaker.id) || claim.subjects.some((s) => ids.has(s.id));
  const title = (id: string) => sourceTitles[id] ?? id;
  const exportedClaims = Object.values(claims)
    .filter(touches)
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.span.start - b.span.start)
    .map((claim): ExportedClaim => ({
      id: claim.id,
      quote: claim.quote,
      summary: claim.summary,
      kind: claim.kind,
      speaker: { id: claim.speaker.id, name: claim.speaker.name },
      subjects: claim.subjects.map((s) => ({ id: s.id, name: s.name })),
      source: { id: claim.sourceId, title: title(claim.sourceId) },
      span: { start: claim.span.start, end: claim.span.end },
      date: claim.date?.iso ?? claim.date?.text ?? null,
      topic: claim.topic?.name ?? null,
      stance: claim.stance?.label ?? null,
      figures: claim.figures.map(({ measure, label, value, unit, isLowerBound }) => ({
        measure,
        label,
        value,
        unit,
        isLowerBound,
      })),
    }));
  const sourceIds = [...new Set(exportedClaims.map((c) => c.source.id))].sort();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    sources: sourceIds.map((id) => ({ id, title: title(id) })),
    nodes: shown.map((n) => ({ id: n.id, type: n.type, label: n.label })),
    edges: shownEdges.map((e) => ({
      id: e.id,
      type: e.type,
      from: e.from,
      to: e.to,
      role: e.role,
      claimIds: [...e.claimIds],
    })),
    claims: exportedClaims,
  };
}
