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

describe('removeOverlaps on an article-like graph laid out by fcose (headless)', () => {
  // Headless cytoscape cannot measure text, so label boxes are estimated from the name's
  // length at the stylesheet's 16px (about 8.5px a character, ellipsis at 140px).
  const NAMES = [
    'SenseTime',
    'SenseNova 5.5',
    'Qwen',
    'Qwen 72B',
    'Kling',
    'Alibaba',
    'OpenAI',
    'GPT-4o',
    'Claude 2',
    'Hugging Face',
    'Baidu USA',
    'DeepSeek',
    'DeepSeek LLM',
    '01.AI',
    'LLaMA',
    'Llama 2',
    'Yi-34B',
    'Kai-Fu Lee',
    'China',
    'US',
    'Hong Kong',
    'Macau',
    'Shanghai',
    'Google',
    'Eric Schmidt',
    'Robin Li',
    'Jenny Xiao',
    'Clement Delangue',
    'Paul Triolo',
    'Cyberspace Administration of China',
  ];
  const id = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const FACTS: [string, string][] = [
    ['SenseTime', 'SenseNova 5.5'],
    ['Alibaba', 'Qwen'],
    ['Alibaba', 'Qwen 72B'],
    ['OpenAI', 'GPT-4o'],
    ['DeepSeek', 'DeepSeek LLM'],
    ['01.AI', 'Yi-34B'],
    ['01.AI', 'LLaMA'],
    ['Kai-Fu Lee', '01.AI'],
    ['SenseTime', 'China'],
    ['Alibaba', 'China'],
    ['OpenAI', 'US'],
    ['Google', 'US'],
    ['Eric Schmidt', 'Google'],
    ['Baidu USA', 'US'],
    ['Robin Li', 'China'],
    ['01.AI', 'China'],
    ['DeepSeek', 'China'],
    ['Hong Kong', 'China'],
    ['Macau', 'China'],
    ['Shanghai', 'China'],
    ['Qwen 72B', 'Llama 2'],
    ['SenseNova 5.5', 'GPT-4o'],
  ];

  async function laidOut() {
    const { default: cytoscape } = await import('cytoscape');
    const { default: fcose } = await import('cytoscape-fcose');
    const { fcoseLayoutOptions, startingPositions } = await import('../../client/src/graph/layout-options');
    cytoscape.use(fcose);
    const ids = ['author', ...NAMES.map(id)];
    const edges = [
      ...NAMES.map((name) => ({ from: 'author', to: id(name), type: 'SAID_ABOUT' })),
      ...FACTS.map(([a, b]) => ({ from: id(a), to: id(b), type: 'BASED_IN' })),
    ];
    const placed = startingPositions({
      newIds: ids,
      placed: new Map(),
      neighbours: (n) => edges.filter((e) => e.from === n || e.to === n).map((e) => (e.from === n ? e.to : e.from)),
    });
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add(ids.map((n) => ({ group: 'nodes' as const, data: { id: n }, position: placed.get(n) })));
    cy.add(
      edges.map((e) => ({
        group: 'edges' as const,
        data: { id: `${e.from}--${e.type}--${e.to}`, source: e.from, target: e.to, type: e.type },
      })),
    );
    await new Promise<void>((resolve) => {
      const layout = cy.layout(fcoseLayoutOptions({ nodeCount: ids.length, animate: false }) as never);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    cy.destroy();
    const label = (n: string) => (n === 'author' ? "The article's author" : NAMES.find((name) => id(name) === n)!);
    const extents = new Map(ids.map((n) => [n, labelled(Math.max(30, Math.min(140, label(n).length * 8.5)))]));
    const segments = edges.map((e) => ({ from: e.from, to: e.to, weight: e.type === 'SAID_ABOUT' ? 1 : 3 }));
    return { positions, extents, segments, facts: segments.filter((s) => s.weight === 3) };
  }

  it('the readability pass leaves no two label boxes overlapping and no node on a fact edge', async () => {
    const { positions, extents, segments, facts } = await laidOut();
    const { readablePositions } = await import('../../client/src/graph/tidy-layout');
    const tidy = readablePositions({ positions, extents, segments });
    expect(overlappingPairs({ positions: tidy, extents })).toEqual([]);
    const onFacts = facts.flatMap((f) =>
      [...tidy.keys()]
        .filter((n) => n !== f.from && n !== f.to)
        .filter((n) => {
          const [p, a, b] = [tidy.get(n)!, tidy.get(f.from)!, tidy.get(f.to)!];
          const t = ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / ((b.x - a.x) ** 2 + (b.y - a.y) ** 2);
          return t > 0.05 && t < 0.95 && distanceToSegment(p, a, b) < 15;
        })
        .map((n) => `${n} on ${f.from}->${f.to}`),
    );
    expect(onFacts).toEqual([]);
  });
});
