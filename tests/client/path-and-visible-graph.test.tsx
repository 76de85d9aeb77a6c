import { render, screen } from '@testing-library/react';
import { PathResult } from '../../client/src/components/PathFinder';
import { pathHighlightIds, pathText } from '../../client/src/graph/path-text';
import { deriveSaidAboutEdges, visibleGraph } from '../../client/src/graph/visible-graph';
import type { ClientEdge, ClientNode, PathView } from '../../client/src/state/graph-model';

const leeToLlama: PathView = {
  nodeIds: ['kai-fu-lee', '01-ai', 'llama'],
  edgeIds: ['kai-fu-lee--FOUNDED--01-ai', '01-ai--DERIVED_FROM--llama'],
  nodes: [
    { id: 'kai-fu-lee', name: 'Kai-Fu Lee' },
    { id: '01-ai', name: '01.AI' },
    { id: 'llama', name: 'LLaMA' },
  ],
  edges: [
    { id: 'kai-fu-lee--FOUNDED--01-ai', type: 'FOUNDED', from: 'kai-fu-lee', to: '01-ai' },
    { id: '01-ai--DERIVED_FROM--llama', type: 'DERIVED_FROM', from: '01-ai', to: 'llama' },
  ],
};

describe('path text', () => {
  it('writes a path with arrows in walking order', () => {
    expect(pathText({ path: leeToLlama })).toBe('Kai-Fu Lee —founded→ 01.AI —derived from→ LLaMA');
  });

  it('writes an edge walked against its direction with a back arrow', () => {
    const reversed: PathView = {
      ...leeToLlama,
      nodeIds: [...leeToLlama.nodeIds].reverse(),
      edges: [...leeToLlama.edges].reverse(),
    };
    expect(pathText({ path: reversed })).toBe('LLaMA ←derived from— 01.AI ←founded— Kai-Fu Lee');
  });

  it('renders the found paths in the path-text element, or says there is none', () => {
    const { rerender } = render(<PathResult result={{ status: 'ready', paths: [leeToLlama] }} />);
    expect(screen.getByTestId('path-text')).toHaveTextContent('Kai-Fu Lee —founded→ 01.AI —derived from→ LLaMA');
    rerender(<PathResult result={{ status: 'ready', paths: [] }} />);
    expect(screen.getByTestId('path-text')).toHaveTextContent('No connection');
    rerender(<PathResult result={{ status: 'error', message: 'Unknown entity "x" for `from`' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Unknown entity');
  });

  it('highlights the derived SAID_ABOUT edge for a path through a claim', () => {
    const viaClaim: PathView = {
      nodeIds: ['lee', 'c1', 'china'],
      edgeIds: ['lee--SAID--c1', 'c1--ABOUT--china'],
      nodes: [],
      edges: [
        { id: 'lee--SAID--c1', type: 'SAID', from: 'lee', to: 'c1' },
        { id: 'c1--ABOUT--china', type: 'ABOUT', from: 'c1', to: 'china' },
      ],
    };
    expect(pathHighlightIds({ paths: [viaClaim] })).toEqual(
      expect.arrayContaining(['lee', 'c1', 'china', 'lee--SAID--c1', 'c1--ABOUT--china', 'lee--SAID_ABOUT--china']),
    );
  });
});

describe('visible graph', () => {
  const nodes: Record<string, ClientNode> = {
    lee: { id: 'lee', type: 'Person', label: 'Lee' },
    c1: { id: 'c1', type: 'Claim', label: 'claim 1' },
    c2: { id: 'c2', type: 'Claim', label: 'claim 2' },
    china: { id: 'china', type: 'Place', label: 'China' },
    us: { id: 'us', type: 'Place', label: 'US' },
  };
  const e = (from: string, type: string, to: string): ClientEdge => ({
    id: `${from}--${type}--${to}`,
    type,
    from,
    to,
    role: null,
    claimIds: [],
  });
  const edges = Object.fromEntries(
    [
      e('lee', 'SAID', 'c1'),
      e('c1', 'ABOUT', 'china'),
      e('c1', 'ABOUT', 'us'),
      e('lee', 'SAID', 'c2'),
      e('c2', 'ABOUT', 'china'),
    ].map((x) => [x.id, x]),
  );

  it('joins speakers to subjects when claims are hidden, one edge per pair with all claim ids', () => {
    const view = visibleGraph({ nodes, edges, showClaims: false });
    expect(view.nodes.map((n) => n.id)).toEqual(['china', 'lee', 'us']);
    expect(view.edges).toEqual([
      {
        id: 'lee--SAID_ABOUT--china',
        type: 'SAID_ABOUT',
        from: 'lee',
        to: 'china',
        role: null,
        claimIds: ['c1', 'c2'],
      },
      { id: 'lee--SAID_ABOUT--us', type: 'SAID_ABOUT', from: 'lee', to: 'us', role: null, claimIds: ['c1'] },
    ]);
  });

  it('shows claim nodes and their own edges when claims are shown', () => {
    const view = visibleGraph({ nodes, edges, showClaims: true });
    expect(view.nodes).toHaveLength(5);
    expect(view.edges.map((x) => x.type).sort()).toEqual(['ABOUT', 'ABOUT', 'ABOUT', 'SAID', 'SAID']);
  });

  it('keeps hidden types in what the canvas holds (the canvas hides them, see graph-canvas tests)', () => {
    const view = visibleGraph({ nodes, edges, showClaims: false });
    expect(view.nodes.map((n) => n.id)).toContain('china');
  });

  it('derives nothing from a claim without a known speaker', () => {
    expect(deriveSaidAboutEdges({ edges: [e('c9', 'ABOUT', 'china')] })).toEqual([]);
  });
});
