import { overlappingPairs, removeOverlaps, type NodeExtent } from '../../client/src/graph/overlap-removal';

/** A 30px node with a label box hanging below it, as the stylesheet draws them. */
const labelled = (width: number): NodeExtent => ({ x1: -width / 2, x2: width / 2, y1: -15, y2: 40, radius: 15 });

function distanceToSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

describe('removeOverlaps (readability pass after fcose)', () => {
  it('moves nodes until no two label-inclusive boxes overlap', () => {
    const positions = new Map([
      ['hugging-face', { x: 0, y: 0 }],
      ['baidu-usa', { x: 20, y: 10 }],
      ['china', { x: 40, y: 0 }],
      ['us', { x: 0, y: 30 }],
    ]);
    const extents = new Map([...positions.keys()].map((id) => [id, labelled(110)]));
    expect(overlappingPairs({ positions, extents }).length).toBeGreaterThan(0);
    const tidy = removeOverlaps({ positions, extents, segments: [] });
    expect(overlappingPairs({ positions: tidy, extents })).toEqual([]);
  });

  it('moves a node off the middle of an edge it is not part of, without new overlaps', () => {
    const positions = new Map([
      ['01-ai', { x: 0, y: 0 }],
      ['llama', { x: 400, y: 0 }],
      ['deepseek', { x: 200, y: 2 }],
    ]);
    const extents = new Map([...positions.keys()].map((id) => [id, labelled(80)]));
    const tidy = removeOverlaps({ positions, extents, segments: [{ from: '01-ai', to: 'llama' }] });
    expect(distanceToSegment(tidy.get('deepseek')!, tidy.get('01-ai')!, tidy.get('llama')!)).toBeGreaterThanOrEqual(15);
    expect(overlappingPairs({ positions: tidy, extents })).toEqual([]);
    // Only what broke a rule moves, and not far.
    expect(tidy.get('01-ai')).toEqual({ x: 0, y: 0 });
    expect(Math.hypot(tidy.get('deepseek')!.x - 200, tidy.get('deepseek')!.y - 2)).toBeLessThan(60);
  });

  it('is deterministic and leaves a readable picture alone', () => {
    const positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 300, y: 0 }],
      ['c', { x: 150, y: 200 }],
    ]);
    const extents = new Map([...positions.keys()].map((id) => [id, labelled(100)]));
    const segments = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ];
    expect(removeOverlaps({ positions, extents, segments })).toEqual(positions);
    const crowded = new Map([...positions].map(([id, p]) => [id, { x: p.x / 10, y: p.y / 10 }]));
    expect(removeOverlaps({ positions: crowded, extents, segments })).toEqual(
      removeOverlaps({ positions: crowded, extents, segments }),
    );
  });
});
