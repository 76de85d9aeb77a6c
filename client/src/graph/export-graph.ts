/** Export of the current view: PNG through cy.png() and the elements as JSON through cy.json(). */
import type { Core } from 'cytoscape';

function download({ href, filename }: { href: string; filename: string }) {
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

export function exportPng({ cy }: { cy: Core }) {
  const png = cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'base64uri' });
  download({ href: png, filename: 'whosaid-graph.png' });
}

export function exportJson({ cy }: { cy: Core }) {
  const blob = new Blob([JSON.stringify(cy.json(), null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  download({ href: url, filename: 'whosaid-graph.json' });
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
