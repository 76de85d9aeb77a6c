import { formatUrlState, parseUrlState, urlStateOf, type UrlState } from '../../client/src/state/url-state';
import { initialGraphState } from '../../client/src/state/graph-reducer';

describe('URL state', () => {
  const full: UrlState = {
    selection: { kind: 'edge', id: '01-ai--DERIVED_FROM--llama' },
    expand: ['qwen', '01-ai'],
    wide: ['01-ai'],
    from: 'kai-fu-lee',
    to: 'llama',
    viaClaims: true,
    hide: ['Place', 'Event'],
    showClaims: true,
    tab: 'who',
    focus: 'qwen',
    hideNode: ['alibaba', 'us'],
  };

  it('round-trips every field', () => {
    const search = formatUrlState({ state: full });
    expect(parseUrlState({ search })).toEqual(full);
  });

  it('names the seeds expanded with the wide limit, so a link redraws the same large view', () => {
    const state = {
      ...initialGraphState(),
      expansions: [
        { seedId: 'qwen', addedNodeIds: [], addedEdgeIds: [], omittedNodes: 3 },
        { seedId: 'hub', addedNodeIds: [], addedEdgeIds: [], omittedNodes: 0, wide: true },
      ],
    };
    const search = formatUrlState({ state: urlStateOf({ state }) });
    expect(new URLSearchParams(search).get('wide')).toBe('hub');
    expect(parseUrlState({ search })).toMatchObject({ expand: ['qwen', 'hub'], wide: ['hub'] });
  });

  it('round-trips node and claim selections', () => {
    for (const selection of [
      { kind: 'node', id: 'qwen' },
      { kind: 'claim', id: 'c-1' },
    ] as const) {
      const state = { ...full, selection };
      expect(parseUrlState({ search: formatUrlState({ state }) }).selection).toEqual(selection);
    }
  });

  it('writes the contract parameter names', () => {
    const params = new URLSearchParams(
      formatUrlState({ state: { ...full, selection: { kind: 'node', id: 'sensetime' } } }),
    );
    expect(params.get('select')).toBe('sensetime');
    expect(params.get('from')).toBe('kai-fu-lee');
    expect(params.get('to')).toBe('llama');
    expect(params.get('expand')).toBe('qwen,01-ai');
    expect(params.get('focus')).toBe('qwen');
    expect(params.get('hideNode')).toBe('alibaba,us');
    expect(new URLSearchParams(formatUrlState({ state: full })).get('edge')).toBe('01-ai--DERIVED_FROM--llama');
  });

  it('writes nothing for the default view and reads an empty query as the default', () => {
    const defaults = parseUrlState({ search: '' });
    expect(defaults).toEqual({
      selection: { kind: 'none' },
      expand: [],
      wide: [],
      from: null,
      to: null,
      viaClaims: false,
      hide: [],
      showClaims: false,
      tab: 'article',
      focus: null,
      hideNode: [],
    });
    expect(formatUrlState({ state: defaults })).toBe('');
  });

  it('drops unknown node types and duplicate expansions from a hand-edited link', () => {
    const state = parseUrlState({ search: '?hide=Place,Spaceship,&expand=a,a,b' });
    expect(state.hide).toEqual(['Place']);
    expect(state.expand).toEqual(['a', 'b']);
  });

  it('is derived from the graph state', () => {
    const graph = initialGraphState({
      selection: { kind: 'claim', id: 'c-9' },
      hiddenTypes: ['Benchmark'],
      expansions: [{ seedId: 'qwen', addedNodeIds: [], addedEdgeIds: [], omittedNodes: 0 }],
    });
    expect(urlStateOf({ state: graph })).toMatchObject({
      selection: { kind: 'claim', id: 'c-9' },
      expand: ['qwen'],
      hide: ['Benchmark'],
    });
  });
});
