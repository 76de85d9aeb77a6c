import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { EntityCombobox } from '../../client/src/components/EntityCombobox';
import { articleHandlers } from './support/api-fixtures';
import { mockApiClient } from './support/mock-api-client';

function renderSearch({ handlers = articleHandlers() }: { handlers?: ReturnType<typeof articleHandlers> } = {}) {
  const api = mockApiClient({ handlers });
  const onPick = jest.fn();
  render(
    <Provider value={api.client}>
      <EntityCombobox label="Search entities" onPick={onPick} debounceMs={0} />
    </Provider>,
  );
  return { api, onPick, input: screen.getByRole('combobox', { name: 'Search entities' }) };
}

describe('search combobox', () => {
  it("never shows the previous text's hits while the answer for the new text is on its way", async () => {
    const fixtures = articleHandlers();
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const handlers = articleHandlers({
      // Everything but "Qwen" answers only when the test says so.
      SearchEntities: (v) =>
        v.text === 'Qwen' ? fixtures.SearchEntities(v) : slow.then(() => fixtures.SearchEntities(v)),
    });
    const { input } = renderSearch({ handlers });
    await userEvent.type(input, 'Qwen');
    await screen.findByRole('option', { name: /Qwen/ });
    await userEvent.clear(input);
    await userEvent.type(input, 'Kai');
    // urql still holds Qwen's answer while "Kai" runs; it must not be offered for "Kai".
    expect(screen.queryByRole('option', { name: /Qwen/ })).not.toBeInTheDocument();
    release();
    await screen.findByRole('option', { name: /Kai-Fu Lee/ });
    expect(screen.queryByRole('option', { name: /Qwen/ })).not.toBeInTheDocument();
  });

  it('does not send text longer than the API accepts', async () => {
    const { input, api } = renderSearch();
    await userEvent.click(input);
    await userEvent.paste('x'.repeat(201));
    await new Promise((r) => setTimeout(r, 20));
    expect(api.calls.filter((c) => c.name === 'SearchEntities')).toEqual([]);
  });

  it('offers Qwen when typing its alias Tongyi, and names the matched alias', async () => {
    const { input, api } = renderSearch();
    await userEvent.type(input, 'Tongyi');
    const option = await screen.findByRole('option', { name: /Qwen/ });
    expect(option).toHaveTextContent('Tongyi Qianwen');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    expect(api.calls.some((c) => c.name === 'SearchEntities' && c.variables.text === 'Tongyi')).toBe(true);
  });

  it('moves with the arrow keys and picks with Enter', async () => {
    const { input, onPick } = renderSearch();
    await userEvent.type(input, 'K');
    await screen.findByRole('option', { name: /Kai-Fu Lee/ });
    expect(screen.getAllByRole('option')).toHaveLength(1);
    await userEvent.clear(input);
    await userEvent.type(input, 'Al');
    await screen.findByRole('option', { name: /Alibaba/ });
    await userEvent.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(onPick).toHaveBeenCalledWith({ id: 'alibaba', name: 'Alibaba', type: 'Company' });
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('marks the active option for assistive technology', async () => {
    const { input } = renderSearch();
    await userEvent.type(input, 'L');
    const options = await screen.findAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[1].id);
  });

  it('closes on Escape without picking', async () => {
    const { input, onPick } = renderSearch();
    await userEvent.type(input, 'Qw');
    await screen.findByRole('option', { name: /Qwen/ });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(onPick).not.toHaveBeenCalled();
  });

  it('says so when nothing matches', async () => {
    const { input } = renderSearch();
    await userEvent.type(input, 'zzz');
    expect(await screen.findByText('No matches')).toBeInTheDocument();
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });
});
