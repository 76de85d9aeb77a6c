/**
 * The export written out as GraphML (Gephi, yEd, networkx read it) and as CSV of claims
 * (RFC 4180: every field quoted, quotes doubled, CRLF line ends, so spreadsheets keep the
 * commas and line breaks inside quotes intact). Pure string builders over GraphExport.
 */
import type { GraphExport } from './export-model';

const xml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

export function toGraphml({ graph }: { graph: GraphExport }): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="etype" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="role" for="edge" attr.name="role" attr.type="string"/>',
    '  <key id="claims" for="edge" attr.name="claimIds" attr.type="string"/>',
    '  <key id="quotes" for="edge" attr.name="quotes" attr.type="string"/>',
    '  <graph id="whosaid" edgedefault="directed">',
  ];
  const quoteOf = new Map(graph.claims.map((c) => [c.id, `${c.speaker.name}: “${c.quote}”`]));
  for (const node of graph.nodes) {
    lines.push(
      `    <node id="${xml(node.id)}"><data key="label">${xml(node.label)}</data><data key="type">${xml(node.type)}</data></node>`,
    );
  }
  for (const edge of graph.edges) {
    const quotes = edge.claimIds.map((id) => quoteOf.get(id)).filter((q): q is string => !!q);
    lines.push(
      `    <edge id="${xml(edge.id)}" source="${xml(edge.from)}" target="${xml(edge.to)}">` +
        `<data key="etype">${xml(edge.type)}</data>` +
        (edge.role ? `<data key="role">${xml(edge.role)}</data>` : '') +
        `<data key="claims">${xml(edge.claimIds.join(' '))}</data>` +
        (quotes.length ? `<data key="quotes">${xml(quotes.join(' | '))}</data>` : '') +
        '</edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export const CLAIM_CSV_COLUMNS = [
  'claim_id',
  'speaker_id',
  'speaker',
  'source_id',
  'source',
  'span_start',
  'span_end',
  'quote',
  'summary',
  'kind',
  'subjects',
  'date',
  'topic',
  'stance',
] as const;

const csvField = (value: string | number | null) => `"${String(value ?? '').replace(/"/g, '""')}"`;

export function toClaimsCsv({ graph }: { graph: GraphExport }): string {
  const rows = graph.claims.map((c) =>
    [
      c.id,
      c.speaker.id,
      c.speaker.name,
      c.source.id,
      c.source.title,
      c.span.start,
      c.span.end,
      c.quote,
      c.summary,
      c.kind,
      c.subjects.map((s) => s.name).join('; '),
      c.date,
      c.topic,
      c.stance,
    ]
      .map(csvField)
      .join(','),
  );
  return [CLAIM_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
