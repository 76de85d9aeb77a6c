import { render, waitFor } from '@testing-library/react';
import { GraphCanvas, type GraphCanvasProps } from '../../client/src/graph/GraphCanvas';
import type { ClientEdge, ClientNode } from '../../client/src/state/graph-model';

const nodes: ClientNode[] = [
  { id: '01-ai', type: 'Company', label: '01.AI' },
  { id: 'llama', type: 'Model', label: 'LLaMA' },
  { id: 'kai-fu-lee', type: 'Person', label: 'Kai-Fu Lee' },
];
const edges: ClientEdge[] = [
  { id: '01-ai--DERIVED_FROM--llama', type: 'DERIVED_FROM', from: '01-ai', to: 'llama', role: null, claimIds: ['c'] },
  { id: 'kai-fu-lee--FOUNDED--01-ai', type: 'FOUNDED', from: 'kai-fu-lee', to: '01-ai', role: null, claimIds: ['c'] },
];

function props(overrides: Partial<GraphCanvasProps> = {}): GraphCanvasProps {
  return {
    nodes,
    edges,
    selectedIds: [],
    pathIds: [],
    focus: null,
    onSelectNode: jest.fn(),
    onSelectEdge: jest.fn(),
    onClearSelection: jest.fn(),
    onExpand: jest.fn(),
    headless: true,
    ...overrides,
  };
}

const cy = () => window.whosaid!.cy;
/** Ids drawn (display is read through style(), which refreshes headless Cytoscape's style cache). */
function drawn(group: 'nodes' | 'edges'): string[] {
  const shown = new Set(
    cy()
      .nodes()
      .filter((n) => n.style('display') !== 'none')
      .map((n) => n.id()),
  );
  if (group === 'nodes') return [...shown].sort();
  return cy()
    .edges()
    .filter((e) => shown.has(e.source().id()) && shown.has(e.target().id()))
    .map((e) => e.id())
    .sort();
}

describe('GraphCanvas', () => {
  afterEach(() => {
    delete document.body.dataset.graphReady;
  });

  it('exposes cy on window.whosaid and flags the body once the first layout is done', async () => {
    const { unmount } = render(<GraphCanvas {...props()} />);
    expect(
      cy()
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['01-ai', 'kai-fu-lee', 'llama']);
    await waitFor(() => expect(document.body.dataset.graphReady).toBe('true'));
    unmount();
    expect(window.whosaid).toBeUndefined();
  });

  it('patches elements by id: adds new, removes gone, keeps the positions of the rest', async () => {
    const { rerender, unmount } = render(<GraphCanvas {...props()} />);
    await waitFor(() => expect(document.body.dataset.graphReady).toBe('true'));
    const instance = cy();
    const leePosition = { ...instance.getElementById('kai-fu-lee').position() };
    rerender(
      <GraphCanvas
        {...props({
          nodes: [nodes[0], nodes[2], { id: 'china', type: 'Place', label: 'China' }],
          edges: [edges[1]],
        })}
      />,
    );
    expect(cy()).toBe(instance);
    expect(
      instance
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['01-ai', 'china', 'kai-fu-lee']);
    expect(instance.edges().map((e) => e.id())).toEqual(['kai-fu-lee--FOUNDED--01-ai']);
    expect(instance.getElementById('kai-fu-lee').data('label')).toBe('Kai-Fu Lee');
    // The new node starts somewhere else than its neighbours (not piled on 0,0).
    expect(instance.getElementById('china').position()).not.toEqual(leePosition);
    unmount();
  });

  it('hides a type and every edge touching it without removing them, so positions stay', async () => {
    const withPlace = [...nodes, { id: 'china', type: 'Place' as const, label: 'China' }];
    const placeEdge: ClientEdge = {
      id: '01-ai--BASED_IN--china',
      type: 'BASED_IN',
      from: '01-ai',
      to: 'china',
      role: null,
      claimIds: ['c'],
    };
    const all = { nodes: withPlace, edges: [...edges, placeEdge] };
    const { rerender, unmount } = render(<GraphCanvas {...props(all)} />);
    await waitFor(() => expect(document.body.dataset.graphReady).toBe('true'));
    const instance = cy();
    const before = Object.fromEntries(instance.nodes().map((n) => [n.id(), { ...n.position() }]));
    const layouts = jest.fn();
    instance.on('layoutstart', layouts);
    rerender(<GraphCanvas {...props({ ...all, hiddenTypes: ['Place'] })} />);
    expect(
      instance
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['01-ai', 'china', 'kai-fu-lee', 'llama']);
    expect(drawn('nodes')).toEqual(['01-ai', 'kai-fu-lee', 'llama']);
    expect(drawn('edges')).toEqual(edges.map((e) => e.id).sort());
    expect(instance.getElementById('01-ai--BASED_IN--china').nonempty()).toBe(true);
    rerender(<GraphCanvas {...props(all)} />);
    expect(drawn('nodes')).toHaveLength(4);
    expect(Object.fromEntries(instance.nodes().map((n) => [n.id(), { ...n.position() }]))).toEqual(before);
    // Neither hiding nor showing asked for a new layout.
    expect(layouts).not.toHaveBeenCalled();
    unmount();
  });

  it('lays out nodes that were hidden from the start when their type is shown', async () => {
    const withPlace = [...nodes, { id: 'china', type: 'Place' as const, label: 'China' }];
    const placeEdge: ClientEdge = {
      id: '01-ai--BASED_IN--china',
      type: 'BASED_IN',
      from: '01-ai',
      to: 'china',
      role: null,
      claimIds: ['c'],
    };
    const all = { nodes: withPlace, edges: [...edges, placeEdge] };
    const { rerender, unmount } = render(<GraphCanvas {...props({ ...all, hiddenTypes: ['Place'] })} />);
    await waitFor(() => expect(document.body.dataset.graphReady).toBe('true'));
    const instance = cy();
    const layouts = jest.fn();
    instance.on('layoutstart', layouts);
    rerender(<GraphCanvas {...props(all)} />);
    expect(drawn('nodes')).toHaveLength(4);
    // The first layout never saw china: showing it lays the picture out.
    await waitFor(() => expect(layouts).toHaveBeenCalled());
    unmount();
  });

  it('mirrors selection and path state onto cytoscape', () => {
    const { rerender, unmount } = render(<GraphCanvas {...props({ selectedIds: ['llama'] })} />);
    expect(
      cy()
        .$(':selected')
        .map((e) => e.id()),
    ).toEqual(['llama']);
    rerender(
      <GraphCanvas
        {...props({
          selectedIds: ['01-ai--DERIVED_FROM--llama'],
          pathIds: ['kai-fu-lee', 'kai-fu-lee--FOUNDED--01-ai'],
        })}
      />,
    );
    expect(
      cy()
        .$(':selected')
        .map((e) => e.id()),
    ).toEqual(['01-ai--DERIVED_FROM--llama']);
    expect(
      cy()
        .$('.on-path')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['kai-fu-lee', 'kai-fu-lee--FOUNDED--01-ai']);
    unmount();
  });

  it('marks path nodes without changing their size', () => {
    const { rerender, unmount } = render(<GraphCanvas {...props()} />);
    const before = cy().getElementById('llama').width();
    rerender(<GraphCanvas {...props({ pathIds: ['llama', '01-ai--DERIVED_FROM--llama'] })} />);
    expect(cy().getElementById('llama').hasClass('on-path')).toBe(true);
    expect(cy().getElementById('llama').width()).toBe(before);
    expect(cy().getElementById('01-ai--DERIVED_FROM--llama').style('width')).toBe('4px');
    unmount();
  });

  it('reports taps on nodes, edges and the background, and double-taps as expand', () => {
    const p = props();
    const { unmount } = render(<GraphCanvas {...p} />);
    cy().getElementById('llama').emit('tap');
    cy().getElementById('01-ai--DERIVED_FROM--llama').emit('tap');
    cy().getElementById('01-ai').emit('dbltap');
    cy().emit('tap');
    expect(p.onSelectNode).toHaveBeenCalledWith('llama');
    expect(p.onSelectEdge).toHaveBeenCalledWith('01-ai--DERIVED_FROM--llama');
    expect(p.onExpand).toHaveBeenCalledWith('01-ai');
    expect(p.onClearSelection).toHaveBeenCalledTimes(1);
    unmount();
  });
});
