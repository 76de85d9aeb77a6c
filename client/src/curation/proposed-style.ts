/**
 * How proposed records (made by the extractor, not yet reviewed: `reviewed: false`) are drawn: a dotted
 * violet line for edges and a dashed violet border for nodes, so they never look like the dashed amber
 * of self-interested support or the dashed olive "said about" fan. canvas-elements.ts sets `proposed`.
 */
export const PROPOSED_COLOR = '#7b4fc9';

export const PROPOSED_STYLES = [
  {
    selector: 'edge[?proposed]',
    style: { 'line-style': 'dotted', 'line-color': PROPOSED_COLOR, 'target-arrow-color': PROPOSED_COLOR, width: 2.5 },
  },
  {
    selector: 'node[?proposed]',
    style: { 'border-style': 'dashed', 'border-width': 3, 'border-color': PROPOSED_COLOR },
  },
];
