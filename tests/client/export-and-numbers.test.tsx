import { screen, within } from '@testing-library/react';
import { NumbersView, chartsOf } from '../../client/src/components/NumbersView';
import { toClaimsCsv, toGraphml } from '../../client/src/export/export-formats';
import { buildGraphExport } from '../../client/src/export/export-model';
import { toClaimView, toSubgraphView } from '../../client/src/api/to-view';
import type { ClaimView } from '../../client/src/state/graph-model';
import { CLAIMS, SUBGRAPH, aClaimResult } from './support/api-fixtures';
import { renderWithExplorer } from './support/render-explorer';

const claims = Object.fromEntries(CLAIMS.map((c) => [c.id, toClaimView(c)]));
const subgraph = toSubgraphView(SUBGRAPH as Parameters<typeof toSubgraphView>[0]);
const nodes = Object.fromEntries(subgraph.nodes.map((n) => [n.id, n]));
const edges = Object.fromEntries(subgraph.edges.map((e) => [e.id, e]));

function exportOf(overrides: Partial<Parameters<typeof buildGraphExport>[0]> = {}) {
  return buildGraphExport({
    nodes,
    edges,
    claims,
    showClaims: false,
    hiddenTypes: [],
    sourceTitles: { 'ai-race-article': 'The AI race' },
    now: new Date('2025-01-02T03:04:05Z'),
    ...overrides,
  });
}

describe('graph export', () => {
  it('holds what is drawn and every claim with quote, speaker, source and span', () => {
    const graph = exportOf();
    expect(graph).toMatchObject({ format: 'whosaid-graph', version: 1, exportedAt: '2025-01-02T03:04:05.000Z' });
    expect(graph.sources).toEqual([{ id: 'ai-race-article', title: 'The AI race' }]);
    // Claims hidden: no Claim nodes, and the speaker is joined to subjects by SAID_ABOUT.
    expect(graph.nodes.map((n) => n.type)).not.toContain('Claim');
    expect(graph.edges.some((e) => e.type === 'SAID_ABOUT')).toBe(true);
    const qwen = graph.claims.find((c) => c.id === 'c-qwen')!;
    expect(qwen).toMatchObject({
      speaker: { id: 'author', name: "The article's author" },
      source: { id: 'ai-race-article', title: 'The AI race' },
      figures: [{ measure: 'Qwen downloads', value: 20_000_000 }],
    });
    expect(qwen.span.end - qwen.span.start).toBe(qwen.quote.length);
  });

  it('leaves hidden types out, with their edges and the claims that touch nothing shown', () => {
    const graph = exportOf({ hiddenTypes: ['Model', 'Person'] });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['01-ai', 'alibaba']);
    expect(graph.edges).toEqual([]);
    // c-qwen names only qwen (hidden) and is said by the author (hidden).
    expect(graph.claims.map((c) => c.id).sort()).toEqual(['c-founded', 'c-llama']);
  });

  it('writes GraphML with escaped labels and the quotes on each edge', () => {
    const named = { ...nodes, '01-ai': { ...nodes['01-ai'], label: 'A & B <"x">' } };
    const xml = toGraphml({ graph: exportOf({ nodes: named }) });
    expect(xml).toContain('<data key="label">A &amp; B &lt;&quot;x&quot;&gt;</data>');
    expect(xml).toContain('<edge id="kai-fu-lee--FOUNDED--01-ai" source="kai-fu-lee" target="01-ai">');
    expect(xml).toMatch(/<data key="quotes">The article&apos;s author: “Kai-Fu Lee founded 01.AI”<\/data>/);
    const parsed = new DOMParser().parseFromString(xml, 'application/xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.getElementsByTagName('node').length).toBe(exportOf().nodes.length);
  });

  it('writes CSV with one row per claim and quotes doubled', () => {
    const quoted = { ...claims, 'c-llama': { ...claims['c-llama'], quote: 'He said "yes", then left' } as ClaimView };
    const csv = toClaimsCsv({ graph: exportOf({ claims: quoted }) });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'claim_id,speaker_id,speaker,source_id,source,span_start,span_end,quote,summary,kind,subjects,date,topic,stance',
    );
    expect(lines).toHaveLength(1 + CLAIMS.length);
    expect(csv).toContain('"He said ""yes"", then left"');
  });
});

describe('Numbers tab', () => {
  it('groups figures by chart and keeps every claim behind a chart', () => {
    const chart = { measure: 'Patents', unit: 'count', chart: 'patents', isLowerBound: false };
    const a = toClaimView(
      aClaimResult({
        id: 'a',
        quote: 'Kai-Fu Lee founded 01.AI',
        subjectIds: ['01-ai'],
        figures: [{ ...chart, label: 'China', value: 3 }],
      }),
    );
    const b = toClaimView(
      aClaimResult({
        id: 'b',
        quote: 'came from LLaMA',
        subjectIds: ['llama'],
        figures: [{ ...chart, label: 'US', value: 1 }],
      }),
    );
    const charts = chartsOf({ claims: [b, a, claims['c-qwen']] });
    expect(charts.map((c) => c.key)).toEqual(['patents', 'c-qwen#0']);
    expect(charts[0].claims.map((c) => c.id)).toEqual(['a', 'b']);
    expect(charts[0].figures.map((f) => f.label)).toEqual(['China', 'US']);
  });

  it('lists each chart with its quote, speaker and source', async () => {
    renderWithExplorer({ ui: <NumbersView /> });
    const chart = await screen.findByRole('figure', { name: 'Qwen downloads' });
    expect(within(chart).getByRole('img', { name: /Qwen 20,000,000/ })).toBeInTheDocument();
    expect(within(chart).getByText(/downloads shooting up to 20 million/)).toBeInTheDocument();
    expect(within(chart).getByRole('button', { name: "The article's author" })).toBeInTheDocument();
    expect(await within(chart).findByText('The AI race')).toBeInTheDocument();
  });
});
