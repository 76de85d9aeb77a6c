import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiBanner } from '../../client/src/components/ApiBanner';
import { ArticleReader } from '../../client/src/components/ArticleReader';
import { EntityCombobox } from '../../client/src/components/EntityCombobox';
import { useExplorer } from '../../client/src/state/explorer-context';
import { articleHandlers } from './support/api-fixtures';
import { renderWithExplorer } from './support/render-explorer';

function ExpandButton({ id }: { id: string }) {
  const { actions } = useExplorer();
  return (
    <button type="button" onClick={() => actions.expand(id)}>
      Expand {id}
    </button>
  );
}

function LoadStatus() {
  const { state } = useExplorer();
  return <p data-testid="load">{state.load.status}</p>;
}

describe('API unreachable banner', () => {
  it('shows an alert with a Retry button when the API cannot be reached, and retries', async () => {
    const { api } = renderWithExplorer({
      ui: (
        <>
          <ApiBanner />
          <LoadStatus />
        </>
      ),
      unreachable: true,
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('API unreachable');
    const before = api.calls.length;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(api.calls.length).toBeGreaterThan(before));
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('brings the graph and the article back with one Retry once the API is reachable again', async () => {
    const { api, container } = renderWithExplorer({
      ui: (
        <>
          <ApiBanner />
          <LoadStatus />
          <ArticleReader />
        </>
      ),
      unreachable: true,
    });
    await screen.findByRole('alert');
    expect(await screen.findByText(/Could not load the article/)).toBeInTheDocument();
    api.setUnreachable(false);
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByTestId('load')).toHaveTextContent('ready'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(container.querySelectorAll('mark[data-claim-id]')).toHaveLength(3));
  });

  it('shows nothing once the graph has loaded', async () => {
    renderWithExplorer({
      ui: (
        <>
          <ApiBanner />
          <LoadStatus />
        </>
      ),
      handlers: articleHandlers(),
    });
    await waitFor(() => expect(screen.getByTestId('load')).toHaveTextContent('ready'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('API unreachable banner after the page has loaded', () => {
  it('appears when a later request (a search) meets a dead API, and Retry clears it once the API answers', async () => {
    const { api } = renderWithExplorer({
      ui: (
        <>
          <ApiBanner />
          <LoadStatus />
          <EntityCombobox label="Search entities" onPick={() => undefined} debounceMs={0} />
        </>
      ),
    });
    await waitFor(() => expect(screen.getByTestId('load')).toHaveTextContent('ready'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    api.setUnreachable(true);
    await userEvent.type(screen.getByRole('combobox', { name: 'Search entities' }), 'Qwen');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('API unreachable');
    // The graph stays as it was: only the reachability changed.
    expect(screen.getByTestId('load')).toHaveTextContent('ready');

    api.setUnreachable(false);
    const searchesBefore = api.calls.filter((c) => c.name === 'SearchEntities').length;
    const loadsBefore = api.calls.filter((c) => c.name === 'ArticleClaims').length;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    // Retry reloaded the graph and ran the failed search again (it is still on screen).
    expect(api.calls.filter((c) => c.name === 'ArticleClaims').length).toBeGreaterThan(loadsBefore);
    expect(api.calls.filter((c) => c.name === 'SearchEntities').length).toBeGreaterThan(searchesBefore);
    expect(await screen.findByRole('option', { name: /Qwen/ })).toBeInTheDocument();
  });

  it('appears when an expansion fails at the network level, and stays while Retry still meets a dead API', async () => {
    const { api } = renderWithExplorer({
      ui: (
        <>
          <ApiBanner />
          <LoadStatus />
          <ExpandButton id="qwen" />
        </>
      ),
    });
    await waitFor(() => expect(screen.getByTestId('load')).toHaveTextContent('ready'));
    api.setUnreachable(true);
    await userEvent.click(screen.getByRole('button', { name: 'Expand qwen' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('API unreachable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByTestId('load')).toHaveTextContent('error'));
    expect(screen.getByRole('alert')).toHaveTextContent('API unreachable');
  });
});
