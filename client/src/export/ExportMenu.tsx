/** The toolbar's export buttons: documented JSON, GraphML for Gephi, CSV of claims, PNG with title and legend. */
import type { Core } from 'cytoscape';
import { useState } from 'react';
import { useExplorer } from '../state/explorer-context';
import { useSources } from '../sources/use-sources';
import { downloadDataUrl, downloadText } from './download';
import { toClaimsCsv, toGraphml } from './export-formats';
import { buildGraphExport } from './export-model';
import { renderGraphPng } from './export-png';

export function ExportMenu({ cy }: { cy: Core | null }) {
  const { state } = useExplorer();
  const { sources } = useSources();
  const [error, setError] = useState<string | null>(null);
  const ready = state.load.status === 'ready';
  const graph = () =>
    buildGraphExport({
      nodes: state.nodes,
      edges: state.edges,
      claims: state.claims,
      showClaims: state.showClaims,
      hiddenTypes: state.hiddenTypes,
      sourceTitles: Object.fromEntries(sources.map((s) => [s.id, s.title])),
    });
  const png = async () => {
    if (!cy) return;
    setError(null);
    const g = graph();
    const titles = g.sources.map((s) => s.title).join(' · ') || 'whosaid';
    try {
      const href = await renderGraphPng({
        cy,
        title: `Who said what: ${titles}`,
        subtitle: `${g.nodes.length} nodes, ${g.edges.length} edges, ${g.claims.length} claims · exported ${g.exportedAt.slice(0, 10)}`,
      });
      downloadDataUrl({ href, filename: 'whosaid-graph.png' });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="export-menu" role="group" aria-label="Export">
      <span className="export-label" aria-hidden="true">
        Export
      </span>
      <button
        type="button"
        disabled={!ready}
        aria-label="Export the drawn graph and its claims as JSON"
        onClick={() =>
          downloadText({
            text: `${JSON.stringify(graph(), null, 2)}\n`,
            filename: 'whosaid-graph.json',
            type: 'application/json',
          })
        }
      >
        JSON
      </button>
      <button
        type="button"
        disabled={!ready}
        aria-label="Export the drawn graph as GraphML (Gephi)"
        onClick={() =>
          downloadText({
            text: toGraphml({ graph: graph() }),
            filename: 'whosaid-graph.graphml',
            type: 'application/xml',
          })
        }
      >
        GraphML
      </button>
      <button
        type="button"
        disabled={!ready}
        aria-label="Export the claims as CSV"
        onClick={() =>
          downloadText({ text: toClaimsCsv({ graph: graph() }), filename: 'whosaid-claims.csv', type: 'text/csv' })
        }
      >
        CSV
      </button>
      <button
        type="button"
        disabled={!ready || !cy}
        aria-label="Export the graph as a PNG image with title and legend"
        onClick={() => void png()}
      >
        PNG
      </button>
      {error && <span role="alert">Export failed: {error}</span>}
    </div>
  );
}
