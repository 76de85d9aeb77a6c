import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiBanner } from '../../client/src/components/ApiBanner';
import { ArticleReader } from '../../client/src/components/ArticleReader';
import { useExplorer } from '../../client/src/state/explorer-context';
import { articleHandlers } from './support/api-fixtures';
import { renderWithExplorer } from './support/render-explorer';

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
    renderWithExplorer({ ui: <><ApiBanner /><LoadStatus /></>, handlers: articleHandlers() });
    await waitFor(() => expect(screen.getByTestId('load')).toHaveTextContent('ready'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
