/** Proposed records (reviewed: false) keep that mark from the API to the stylesheet's selectors. */
import { toSubgraphView } from '../../client/src/api/to-view';
import { graphStylesheet } from '../../client/src/graph/cytoscape-stylesheet';

describe('proposed claims and edges', () => {
  it('toSubgraphView keeps reviewed: false and leaves reviewed records unmarked', () => {
    const view = toSubgraphView({
      nodes: [
        { id: 'c1', type: 'Claim', label: 'A proposed claim', reviewed: false },
        { id: 'acme', type: 'Company', label: 'Acme', reviewed: true },
      ],
      edges: [
        { id: 'acme--SAID--c1', type: 'SAID', from: 'acme', to: 'c1', role: null, claimIds: ['c1'], reviewed: false },
        {
          id: 'acme--DEVELOPED--w',
          type: 'DEVELOPED',
          from: 'acme',
          to: 'w',
          role: null,
          claimIds: ['c2'],
          reviewed: true,
        },
      ],
      truncated: false,
      omittedNodes: 0,
    });
    expect(view.nodes.map((n) => n.reviewed)).toEqual([false, undefined]);
    expect(view.edges.map((e) => e.reviewed)).toEqual([false, undefined]);
  });

  it('the stylesheet draws proposed edges dotted and proposed nodes with a dashed border, after the support rules', () => {
    const sheet = graphStylesheet() as unknown as { selector: string; style: Record<string, unknown> }[];
    const edgeRule = sheet.findIndex((r) => r.selector === 'edge[?proposed]');
    expect(sheet[edgeRule].style['line-style']).toBe('dotted');
    expect(sheet.find((r) => r.selector === 'node[?proposed]')!.style['border-style']).toBe('dashed');
    expect(edgeRule).toBeGreaterThan(sheet.findIndex((r) => r.selector === 'edge.support-self-only'));
  });
});
