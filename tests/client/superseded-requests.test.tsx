/**
 * Through the real provider and a mocked API whose answers arrive out of order: a slow answer
 * to an older request never overwrites the answer to a newer one (the reducer's sequence
 * numbers, see graph-reducer.test.ts for the transitions themselves).
 */
import { act, render, waitFor } from '@testing-library/react';
import { Provider } from 'urql';
import { ExplorerProvider, useExplorer } from '../../client/src/state/explorer-context';
import { articleHandlers } from './support/api-fixtures';
import { mockApiClient, type Handler } from './support/mock-api-client';

let explorer: ReturnType<typeof useExplorer> | null = null;
function Probe() {
  explorer = useExplorer();
  return null;
}

/** A promise the test resolves when it wants the answer to arrive. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function renderProvider({ handlers }: { handlers: Record<string, Handler> }) {
  const api = mockApiClient({ handlers });
  render(
    <Provider value={api.client}>
      <ExplorerProvider initialSearch="" syncUrl={false}>
        <Probe />
      </ExplorerProvider>
    </Provider>,
  );
  return api;
}

const pathAnswer = (ids: string[]) => ({
  paths: [
    {
      nodeIds: ids,
      edgeIds: [],
      steps: ids.map((id) => ({ id, type: 'Company', label: id })),
      edges: [],
    },
  ],
});

describe('superseded requests', () => {
  afterEach(() => {
    explorer = null;
  });

  it('a slow path answer that arrives after a newer search is ignored', async () => {
    const slow = deferred<unknown>();
    renderProvider({
      handlers: articleHandlers({
        ShortestPaths: (v) => (v.to === 'llama' ? slow.promise : pathAnswer(['kai-fu-lee', 'newer-end'])),
      }),
    });
    await waitFor(() => expect(explorer!.state.load.status).toBe('ready'));
    act(() => explorer!.actions.findPaths({ from: 'kai-fu-lee', to: 'llama', viaClaims: false }));
    act(() => explorer!.actions.findPaths({ from: 'kai-fu-lee', to: 'newer-end', viaClaims: false }));
    await waitFor(() => expect(explorer!.state.path.result.status).toBe('ready'));
    await act(async () => {
      slow.resolve(pathAnswer(['kai-fu-lee', 'stale-end']));
      await new Promise((r) => setTimeout(r, 10));
    });
    const result = explorer!.state.path.result;
    expect(result.status === 'ready' && result.paths.map((p) => p.nodeIds)).toEqual([['kai-fu-lee', 'newer-end']]);
    expect(explorer!.state.nodes['stale-end']).toBeUndefined();
    expect(explorer!.state.path.to).toBe('newer-end');
  });

  it('an expansion answer that arrives after the node was collapsed is ignored', async () => {
    const slow = deferred<unknown>();
    const fixtures = articleHandlers();
    renderProvider({
      handlers: articleHandlers({
        Neighbourhood: (v) =>
          (v.ids as string[])[0] === 'qwen' && (v.ids as string[]).length === 1
            ? slow.promise
            : fixtures.Neighbourhood(v),
      }),
    });
    await waitFor(() => expect(explorer!.state.load.status).toBe('ready'));
    act(() => explorer!.actions.expand('qwen'));
    expect(explorer!.state.expanding).toEqual(['qwen']);
    act(() => explorer!.actions.collapse('qwen'));
    expect(explorer!.state.expanding).toEqual([]);
    await act(async () => {
      slow.resolve({
        neighbourhood: {
          nodes: [{ id: 'late-node', type: 'Model', label: 'Late' }],
          edges: [],
          truncated: false,
          omittedNodes: 0,
        },
      });
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(explorer!.state.nodes['late-node']).toBeUndefined();
    expect(explorer!.state.expansions).toEqual([]);
  });
});
