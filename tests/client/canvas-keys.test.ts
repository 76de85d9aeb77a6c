import { neighbourInDirection } from '../../client/src/graph/canvas-keys';

describe('arrow keys on the canvas', () => {
  const from = { x: 0, y: 0 };
  const candidates = [
    { id: 'right-far', x: 300, y: 0 },
    { id: 'right-near-ish', x: 100, y: 30 },
    { id: 'up', x: 10, y: -80 },
    { id: 'behind', x: -50, y: 0 },
  ];

  it('picks the near neighbour that lies in the arrow direction', () => {
    expect(neighbourInDirection({ from, candidates, key: 'ArrowRight' })).toBe('right-near-ish');
    expect(neighbourInDirection({ from, candidates, key: 'ArrowUp' })).toBe('up');
    expect(neighbourInDirection({ from, candidates, key: 'ArrowLeft' })).toBe('behind');
  });

  it('finds nothing when no neighbour lies that way (screen y grows downwards)', () => {
    expect(neighbourInDirection({ from, candidates, key: 'ArrowDown' })).toBeNull();
    expect(neighbourInDirection({ from, candidates: [], key: 'ArrowRight' })).toBeNull();
  });
});
