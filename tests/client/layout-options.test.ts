import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import layoutUtilities from 'cytoscape-layout-utilities';
import {
  IDEAL_EDGE_LENGTH,
  fcoseLayoutOptions,
  spiralPosition,
  stretchToAspect,
  type Point,
} from '../../client/src/graph/layout-options';
import { graphStylesheet } from '../../client/src/graph/cytoscape-stylesheet';
import { removeOverlaps } from '../../client/src/graph/overlap-removal';

cytoscape.use(fcose);
cytoscape.use(layoutUtilities);

/** A hub with spokes plus a chain: the shapes the article graph is made of. */
function buildGraph(): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStylesheet() });
  const ids = ['hub', ...Array.from({ length: 12 }, (_, i) => `spoke-${i}`), 'x', 'y', 'z'];
  const edges = [
    ...ids.filter((id) => id.startsWith('spoke')).map((id) => ['hub', id]),
    ['x', 'y'],
    ['y', 'z'],
    ['z', 'spoke-0'],
  ];
  // The first picture's start, as GraphCanvas places it: a spiral in id order.
  const order = [...ids].sort();
  cy.add(
    ids.map((id) => ({
      group: 'nodes' as const,
      data: { id, label: id, type: 'Company' },
      position: spiralPosition({ index: order.indexOf(id) }),
    })),
  );
  cy.add(
    edges.map(([a, b]) => ({
      group: 'edges' as const,
      data: { id: `${a}--X--${b}`, source: a, target: b, type: 'X' },
    })),
  );
  return cy;
}

function runLayout(cy: Core): Promise<Map<string, Point>> {
  return new Promise((resolve) => {
    const layout = cy.layout(fcoseLayoutOptions({ nodeCount: cy.nodes().length, animate: false }) as never);
    layout.one('layoutstop', () => resolve(new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]))));
    layout.run();
  });
}

describe('layout options (headless cytoscape)', () => {
  const instances: Core[] = [];
  afterEach(() => {
    instances.splice(0).forEach((cy) => cy.destroy());
  });

  it('gives the same picture for the same graph', async () => {
    const a = buildGraph();
    const b = buildGraph();
    instances.push(a, b);
    const first = await runLayout(a);
    const second = await runLayout(b);
    expect([...second.entries()]).toEqual([...first.entries()]);
  });

  it('keeps nodes far enough apart for their labels', async () => {
    const cy = buildGraph();
    instances.push(cy);
    const positions = [...(await runLayout(cy)).values()];
    let closest = Infinity;
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        closest = Math.min(closest, Math.hypot(positions[i].x - positions[j].x, positions[i].y - positions[j].y));
      }
    }
    // Nodes are 26px wide with a 12px label below; 40px apart leaves room for both.
    expect(closest).toBeGreaterThan(40);
  });

  it('uses fcose without its random start', () => {
    const options = fcoseLayoutOptions({ nodeCount: 10, animate: false });
    expect(options).toMatchObject({ name: 'fcose', randomize: false, animate: false });
    expect(fcoseLayoutOptions({ nodeCount: 1000, animate: true }).quality).toBe('default');
  });

  it('places new nodes (an expansion) next to their placed neighbour with layout-utilities', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStylesheet() });
    instances.push(cy);
    (cy as unknown as { layoutUtilities: (o: object) => void }).layoutUtilities({
      idealEdgeLength: IDEAL_EDGE_LENGTH,
      offset: 20,
    });
    cy.add([
      { group: 'nodes', data: { id: 'anchor', type: 'Company' }, position: { x: 1000, y: 1000 } },
      { group: 'nodes', data: { id: 'other', type: 'Company' }, position: { x: 0, y: 0 } },
      { group: 'nodes', data: { id: 'near', type: 'Model' } },
      { group: 'edges', data: { id: 'anchor--X--near', source: 'anchor', target: 'near' } },
    ]);
    const instance = (
      cy as unknown as { layoutUtilities: (o: string) => { placeNewNodes: (n: unknown) => void } }
    ).layoutUtilities('get');
    instance.placeNewNodes(cy.getElementById('near'));
    const near = cy.getElementById('near').position();
    expect(Math.hypot(near.x - 1000, near.y - 1000)).toBeLessThan(150);
    expect(Math.hypot(near.x - 1000, near.y - 1000)).toBeGreaterThan(30);
  });

  it('spiral start positions are distinct and deterministic', () => {
    const points = Array.from({ length: 50 }, (_, index) => spiralPosition({ index }));
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(50);
    expect(spiralPosition({ index: 7 })).toEqual(spiralPosition({ index: 7 }));
  });

  it('stretches a round layout along the long side of the canvas, within a bound, and never squeezes', () => {
    const square = new Map<string, Point>([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 100 }],
    ]);
    const wide = stretchToAspect({ positions: square, targetAspect: 1.5 });
    expect(wide.get('a')).toEqual({ x: -25, y: 0 });
    expect(wide.get('b')).toEqual({ x: 125, y: 100 });
    const capped = stretchToAspect({ positions: square, targetAspect: 10, maxStretch: 2 });
    expect(capped.get('b')!.x - capped.get('a')!.x).toBe(200);
    const tall = stretchToAspect({ positions: square, targetAspect: 0.5 });
    expect(tall.get('a')).toEqual({ x: 0, y: -40 });
    expect(tall.get('b')).toEqual({ x: 100, y: 140 });
    expect(stretchToAspect({ positions: square, targetAspect: 1 })).toBe(square);
  });

  it('pushes nodes that sit on top of each other apart, deterministically, leaving distant ones alone', () => {
    // Was a centre-distance pre-pass; fcose's repulsion made it redundant and the box pass
    // (removeOverlaps) now has to handle coincident nodes on its own.
    const box = { x1: -25, x2: 25, y1: -25, y2: 25, radius: 15 };
    const positions = new Map<string, Point>([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 10, y: 0 }],
      ['c', { x: 10, y: 0 }],
      ['far', { x: 1000, y: 1000 }],
    ]);
    const extents = new Map([...positions.keys()].map((id) => [id, box]));
    const spaced = removeOverlaps({ positions, extents, segments: [] });
    const distance = (p: string, q: string) =>
      Math.hypot(spaced.get(p)!.x - spaced.get(q)!.x, spaced.get(p)!.y - spaced.get(q)!.y);
    expect(distance('a', 'b')).toBeGreaterThan(49);
    expect(distance('a', 'c')).toBeGreaterThan(49);
    expect(distance('b', 'c')).toBeGreaterThan(49);
    expect(spaced.get('far')).toEqual({ x: 1000, y: 1000 });
    expect(removeOverlaps({ positions, extents, segments: [] })).toEqual(spaced);
  });
});
