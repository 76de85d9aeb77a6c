import { LARGE_VIEW_SPACING, largeViewPositions, spreadApart } from '../../client/src/graph/large-view-positions';
import type { Point } from '../../client/src/graph/layout-options';

const adjacency = (pairs: [string, string][]) => {
  const map = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    map.set(a, [...(map.get(a) ?? []), b]);
    map.set(b, [...(map.get(b) ?? []), a]);
  }
  return (id: string) => map.get(id) ?? [];
};
const star = ({ hub, leaves }: { hub: string; leaves: number }) =>
  Array.from({ length: leaves }, (_, i) => [hub, `${hub}-leaf-${String(i).padStart(4, '0')}`] as [string, string]);

const closestPair = (points: Point[]) => {
  // Sorted sweep on x: enough for a few thousand points in a test.
  const sorted = [...points].sort((a, b) => a.x - b.x);
  let best = Infinity;
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j]!.x - sorted[i]!.x < best; j++)
      best = Math.min(best, Math.hypot(sorted[j]!.x - sorted[i]!.x, sorted[j]!.y - sorted[i]!.y));
  return best;
};
const span = (points: Point[]) => ({
  w: Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x)),
  h: Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y)),
});

describe('largeViewPositions', () => {
  it("spreads a hub's 1,700 neighbours on a compact disc, no two nodes closer than a node's width", () => {
    const pairs = star({ hub: 'hub', leaves: 1700 });
    const ids = ['hub', ...pairs.map(([, leaf]) => leaf)];
    const result = largeViewPositions({ newIds: ids, placed: new Map(), neighbours: adjacency(pairs) });
    expect(result.size).toBe(ids.length);
    const points = [...result.values()];
    expect(closestPair(points)).toBeGreaterThan(30);
    // Area grows with the count: about √1700 × spacing across, not the 40,000 units of linear rings.
    const { w, h } = span(points);
    expect(Math.max(w, h)).toBeLessThan(4 * LARGE_VIEW_SPACING * Math.sqrt(1700));
  });

  it('keeps placed nodes where they are and grows an expansion out of its anchor', () => {
    const pairs = star({ hub: 'hub', leaves: 400 });
    const placed = new Map<string, Point>([
      ['hub', { x: 1000, y: -500 }],
      ['other', { x: 0, y: 0 }],
    ]);
    const newIds = pairs.map(([, leaf]) => leaf);
    const result = largeViewPositions({ newIds: [...newIds, 'hub'], placed, neighbours: adjacency(pairs) });
    expect(result.has('hub')).toBe(false);
    expect(result.size).toBe(400);
    const distances = [...result.values()].map((p) => Math.hypot(p.x - 1000, p.y + 500));
    expect(Math.max(...distances)).toBeLessThanOrEqual(LARGE_VIEW_SPACING * Math.sqrt(401.5) + 1e-9);
    expect(Math.min(...distances)).toBeGreaterThan(LARGE_VIEW_SPACING);
  });

  it('shelves separate components below what is placed instead of piling them up', () => {
    const pairs: [string, string][] = [...star({ hub: 'a', leaves: 50 }), ...star({ hub: 'b', leaves: 50 })];
    const placed = new Map<string, Point>([['x', { x: 0, y: 0 }]]);
    const newIds = ['a', 'b', ...pairs.map(([, leaf]) => leaf)];
    const result = largeViewPositions({ newIds, placed, neighbours: adjacency(pairs) });
    const a = [...result].filter(([id]) => id.startsWith('a')).map(([, p]) => p);
    const b = [...result].filter(([id]) => id.startsWith('b')).map(([, p]) => p);
    const max = (ps: Point[], axis: 'x' | 'y') => Math.max(...ps.map((p) => p[axis]));
    const min = (ps: Point[], axis: 'x' | 'y') => Math.min(...ps.map((p) => p[axis]));
    const apart = (axis: 'x' | 'y') => max(a, axis) < min(b, axis) || max(b, axis) < min(a, axis);
    // Disjoint boxes (side by side or on the next shelf), all below the placed node.
    expect(apart('x') || apart('y')).toBe(true);
    expect(Math.min(...[...result.values()].map((p) => p.y))).toBeGreaterThan(0);
  });

  it('gives the same picture whatever the input order (deep links show what their sender saw)', () => {
    const pairs: [string, string][] = [...star({ hub: 'h', leaves: 30 }), ['h-leaf-0003', 'z'], ['q', 'r']];
    const ids = [...new Set(pairs.flat())];
    const once = largeViewPositions({ newIds: ids, placed: new Map(), neighbours: adjacency(pairs) });
    const reversed = largeViewPositions({
      newIds: [...ids].reverse(),
      placed: new Map(),
      neighbours: adjacency([...pairs].reverse()),
    });
    expect([...reversed].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual([...once].sort(([a], [b]) => (a < b ? -1 : 1)));
  });
});

describe('largeViewPositions next to nodes already drawn', () => {
  it("fills the gaps around an anchor's earlier neighbours instead of landing on them", () => {
    const pairs = star({ hub: 'hub', leaves: 300 });
    // An earlier layout placed the first 100 leaves in a tight ring around the hub.
    const placed = new Map<string, Point>([['hub', { x: 0, y: 0 }]]);
    pairs.slice(0, 100).forEach(([, leaf], i) => {
      const angle = (2 * Math.PI * i) / 100;
      placed.set(leaf, { x: 200 * Math.cos(angle), y: 200 * Math.sin(angle) });
    });
    const newIds = pairs.slice(100).map(([, leaf]) => leaf);
    const result = largeViewPositions({ newIds, placed, neighbours: adjacency(pairs) });
    expect(result.size).toBe(200);
    // Every new node keeps clear of the placed ones and of each other.
    const placedPoints = [...placed.values()];
    const nearestPlaced = Math.min(
      ...[...result.values()].map((p) => Math.min(...placedPoints.map((q) => Math.hypot(p.x - q.x, p.y - q.y)))),
    );
    expect(nearestPlaced).toBeGreaterThan(30);
    expect(closestPair([...result.values()])).toBeGreaterThan(LARGE_VIEW_SPACING);
  });
});

describe('spreadApart', () => {
  it('moves nodes out of a pile-up, keeps the clear ones where they are', () => {
    const positions = new Map<string, Point>([
      ['far', { x: 1000, y: 1000 }],
      ...Array.from({ length: 50 }, (_, i) => [`pile-${i}`, { x: i * 0.5, y: 0 }] as [string, Point]),
    ]);
    const result = spreadApart({ positions });
    expect(result.size).toBe(51);
    expect(result.get('far')).toEqual({ x: 1000, y: 1000 });
    expect(result.get('pile-0')).toEqual({ x: 0, y: 0 });
    expect(closestPair([...result.values()])).toBeGreaterThan(30);
  });

  it('is deterministic whatever the insertion order', () => {
    const entries = Array.from({ length: 40 }, (_, i) => [`n-${i}`, { x: (i % 5) * 3, y: i % 7 }] as [string, Point]);
    const once = spreadApart({ positions: new Map(entries) });
    const reversed = spreadApart({ positions: new Map([...entries].reverse()) });
    expect(reversed.get('n-13')).toEqual(once.get('n-13'));
    expect([...reversed].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual([...once].sort(([a], [b]) => (a < b ? -1 : 1)));
  });
});
