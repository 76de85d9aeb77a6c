import { act, render, screen, waitFor } from '@testing-library/react';
import { Provider } from 'urql';
import { ExplorerProvider, useExplorer } from '../../client/src/state/explorer-context';
import { articleHandlers } from './support/api-fixtures';
import { mockApiClient } from './support/mock-api-client';

let explorer: ReturnType<typeof useExplorer> | null = null;
function Probe() {
  explorer = useExplorer();
  return <p data-testid="status">{explorer.state.load.status}</p>;
}

function renderProvider({ search, syncUrl }: { search: string; syncUrl: boolean }) {
  const api = mockApiClient({
    handlers: articleHandlers({
      // Expanding Qwen brings in one entity the article graph did not have.
      Neighbourhood: (v) =>
        (v.ids as string[]).length === 1 && ['qwen', 'hf-leaderboard'].includes((v.ids as string[])[0])
          ? {
              neighbourhood: {
                nodes: [
                  { id: 'qwen', type: 'Model', label: 'Qwen' },
                  { id: 'hf-leaderboard', type: 'Benchmark', label: 'Open LLM Leaderboard' },
                ],
                edges: [
                  {
                    id: 'qwen--RANKED_ON--hf-leaderboard',
                    type: 'RANKED_ON',
                    from: 'qwen',
                    to: 'hf-leaderboard',
                    role: null,
                    claimIds: [],
                  },
                ],
                truncated: true,
                omittedNodes: 3,
              },
            }
          : articleHandlers().Neighbourhood(v),
    }),
  });
  render(
    <Provider value={api.client}>
      <ExplorerProvider initialSearch={search} syncUrl={syncUrl}>
        <Probe />
      </ExplorerProvider>
    </Provider>,
  );
  return api;
}

describe('explorer state from a shared link', () => {
  afterEach(() => {
    explorer = null;
    window.history.replaceState(null, '', '/');
  });

  it('replays expansions, redraws the path and restores the view toggles', async () => {
    const api = renderProvider({
      search: '?select=qwen&expand=qwen&from=kai-fu-lee&to=llama&hide=Place&claims=1',
      syncUrl: false,
    });
    await waitFor(() => expect(explorer!.state.path.result.status).toBe('ready'));
    const state = explorer!.state;
    expect(state.expansions).toEqual([
      {
        seedId: 'qwen',
        addedNodeIds: ['hf-leaderboard'],
        addedEdgeIds: ['qwen--RANKED_ON--hf-leaderboard'],
        omittedNodes: 3,
      },
    ]);
    expect(state.selection).toEqual({ kind: 'node', id: 'qwen' });
    expect(state.hiddenTypes).toEqual(['Place']);
    expect(state.showClaims).toBe(true);
    expect(api.calls.find((c) => c.name === 'ShortestPaths')!.variables).toMatchObject({
      from: 'kai-fu-lee',
      to: 'llama',
      viaClaims: false,
    });
    expect(state.focus).toMatchObject({ id: 'qwen' });
  });

  it('writes each change of the view into the URL as a history entry (Back steps through them)', async () => {
    window.history.replaceState(null, '', '/?select=llama');
    const historyLength = window.history.length;
    renderProvider({ search: '?select=llama', syncUrl: true });
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('ready'));
    act(() => explorer!.actions.select({ kind: 'edge', id: '01-ai--DERIVED_FROM--llama' }));
    await waitFor(() => expect(window.location.search).toBe('?edge=01-ai--DERIVED_FROM--llama'));
    act(() => explorer!.actions.expand('qwen'));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('expand')).toBe('qwen'));
    act(() => explorer!.actions.collapse('qwen'));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('expand')).toBeNull());
    // select, expand, collapse: three entries after the one the link opened.
    expect(window.history.length).toBe(historyLength + 3);
  });

  it('adds a searched node that is not drawn yet as an expansion of itself, then selects it', async () => {
    const api = renderProvider({ search: '', syncUrl: false });
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('ready'));
    act(() => explorer!.actions.showNode('hf-leaderboard'));
    await waitFor(() => expect(explorer!.state.selection).toEqual({ kind: 'node', id: 'hf-leaderboard' }));
    expect(explorer!.state.nodes['hf-leaderboard']).toBeDefined();
    expect(explorer!.state.expansions.map((e) => e.seedId)).toEqual(['hf-leaderboard']);
    expect(api.calls.filter((c) => c.name === 'Neighbourhood').pop()!.variables.ids).toEqual(['hf-leaderboard']);
    act(() => explorer!.actions.collapse('hf-leaderboard'));
    expect(explorer!.state.nodes['hf-leaderboard']).toBeUndefined();
    expect(explorer!.state.selection).toEqual({ kind: 'none' });
  });
});
