import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import {
  fcoseLayoutOptions,
  separateOverlaps,
  spiralPosition,
  startingPositions,
  stretchToAspect,
  type Point,
} from '../../client/src/graph/layout-options';
import { graphStylesheet } from '../../client/src/graph/cytoscape-stylesheet';

cytoscape.use(fcose);

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
  const placed = startingPositions({
    newIds: ids,
    placed: new Map(),
    neighbours: (id) => edges.filter(([a, b]) => a === id || b === id).map(([a, b]) => (a === id ? b : a)),
  });
  cy.add(ids.map((id) => ({ group: 'nodes' as const, data: { id, label: id, type: 'Company' }, position: placed.get(id) })));
  cy.add(edges.map(([a, b]) => ({ group: 'edges' as const, data: { id: `${a}--X--${b}`, source: a, target: b, type: 'X' } })));
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

  it('places new nodes next to an already placed neighbour, and others on a spiral', () => {
    const placed = new Map<string, Point>([['anchor', { x: 1000, y: 1000 }]]);
    const positions = startingPositions({
      newIds: ['near', 'far'],
      placed,
      neighbours: (id) => (id === 'near' ? ['anchor'] : []),
    });
    const near = positions.get('near')!;
    expect(Math.hypot(near.x - 1000, near.y - 1000)).toBeLessThan(150);
    expect(positions.get('far')).toEqual(spiralPosition({ index: 1 }));
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

  it('pushes nodes that are too close apart, deterministically, leaving distant ones alone', () => {
    const positions = new Map<string, Point>([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 10, y: 0 }],
      ['c', { x: 10, y: 0 }],
      ['far', { x: 1000, y: 1000 }],
    ]);
    const spaced = separateOverlaps({ positions, minDistance: 50, rounds: 200 });
    const distance = (p: string, q: string) => Math.hypot(spaced.get(p)!.x - spaced.get(q)!.x, spaced.get(p)!.y - spaced.get(q)!.y);
    expect(distance('a', 'b')).toBeGreaterThan(49);
    expect(distance('a', 'c')).toBeGreaterThan(49);
    expect(distance('b', 'c')).toBeGreaterThan(49);
    expect(spaced.get('far')).toEqual({ x: 1000, y: 1000 });
    expect(separateOverlaps({ positions, minDistance: 50, rounds: 200 })).toEqual(spaced);
  });
});
