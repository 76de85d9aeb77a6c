import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailsPanel } from '../../client/src/components/DetailsPanel';
import { EdgeEvidencePanel } from '../../client/src/components/EdgeEvidencePanel';
import { articleHandlers } from './support/api-fixtures';
import { renderWithExplorer } from './support/render-explorer';

const details = () => screen.getByRole('complementary', { name: 'Details' });

describe('node details panel', () => {
  it('shows the entity name, its relationships grouped by type and the claims about it', async () => {
    renderWithExplorer({ ui: <DetailsPanel />, search: '?select=01-ai' });
    expect(await within(details()).findByRole('heading', { name: '01.AI' })).toBeInTheDocument();
    const relationships = within(details()).getByRole('region', { name: 'Relationships' });
    expect(within(relationships).getByRole('heading', { name: 'DERIVED_FROM' })).toBeInTheDocument();
    expect(within(relationships).getByRole('heading', { name: 'FOUNDED' })).toBeInTheDocument();
    expect(within(relationships).getByRole('button', { name: 'LLaMA' })).toBeInTheDocument();
    const about = within(details()).getByRole('region', { name: 'Claims about' });
    expect(within(about).getByText('Some of the technology in 01.AI came from LLaMA')).toBeInTheDocument();
    expect(within(about).getAllByRole('button', { name: 'Show in article' })).toHaveLength(2);
  });

  it('opens the evidence of a relationship from the panel', async () => {
    renderWithExplorer({ ui: <DetailsPanel />, search: '?select=01-ai' });
    await within(details()).findByRole('heading', { name: '01.AI' });
    await userEvent.click(within(details()).getByRole('button', { name: /Evidence for derived_from: LLaMA/ }));
    expect(await within(details()).findByRole('heading', { name: 'DERIVED_FROM' })).toBeInTheDocument();
  });

  it('draws a bar chart for claims with figures', async () => {
    renderWithExplorer({ ui: <DetailsPanel />, search: '?select=qwen' });
    await within(details()).findByRole('heading', { name: 'Qwen' });
    expect(within(details()).getByRole('img', { name: /Qwen downloads: Qwen 20,000,000/ })).toBeInTheDocument();
  });

  it("never shows the previous selection's details while the new selection's are on their way", async () => {
    // The panel is keyed by the selection: a new selection remounts it, so urql's
    // stale-while-fetching data of the old entity is never shown under the new one.
    const fixtures = articleHandlers();
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const later = (answer: () => unknown) => (v: Record<string, unknown>) =>
      v.id === 'llama' ? slow.then(answer) : answer();
    renderWithExplorer({
      ui: <DetailsPanel />,
      search: '?select=01-ai',
      handlers: articleHandlers({
        EntityDetails: (v) => later(() => fixtures.EntityDetails(v))(v),
        EntityClaims: (v) => later(() => fixtures.EntityClaims(v))(v),
      }),
    });
    await within(details()).findByRole('heading', { name: '01.AI' });
    await userEvent.click(within(details()).getByRole('button', { name: 'LLaMA' }));
    expect(await within(details()).findByText('Loading details…')).toBeInTheDocument();
    expect(within(details()).queryByRole('heading', { name: '01.AI' })).not.toBeInTheDocument();
    expect(within(details()).queryByText('Some of the technology in 01.AI came from LLaMA')).not.toBeInTheDocument();
    release();
    expect(await within(details()).findByRole('heading', { name: 'LLaMA' })).toBeInTheDocument();
  });

  it('says so when the id is unknown', async () => {
    renderWithExplorer({ ui: <DetailsPanel />, search: '?select=nobody' });
    expect(await within(details()).findByText(/No entity with id “nobody”/)).toBeInTheDocument();
  });
});

describe('edge evidence panel', () => {
  it('shows the relationship type in a heading and each supporting quote in a blockquote', async () => {
    const { container } = renderWithExplorer({ ui: <EdgeEvidencePanel edgeId="01-ai--DERIVED_FROM--llama" /> });
    expect(await screen.findByRole('heading', { name: 'DERIVED_FROM' })).toBeInTheDocument();
    const quotes = container.querySelectorAll('blockquote');
    expect([...quotes].map((q) => q.textContent)).toEqual(['Some of the technology in 01.AI came from LLaMA']);
    expect(screen.getByRole('button', { name: "The article's author" })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show in article' })).toBeInTheDocument();
  });

  it('builds SAID_ABOUT evidence from the loaded claims, without asking the API', async () => {
    const { api } = renderWithExplorer({ ui: <EdgeEvidencePanel edgeId="author--SAID_ABOUT--01-ai" /> });
    expect(await screen.findByText('Kai-Fu Lee founded 01.AI')).toBeInTheDocument();
    expect(screen.getByText('Some of the technology in 01.AI came from LLaMA')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'SAID_ABOUT' })).toBeInTheDocument();
    expect(api.calls.some((c) => c.name === 'EdgeEvidence')).toBe(false);
  });

  it('says so when the edge is unknown', async () => {
    renderWithExplorer({ ui: <EdgeEvidencePanel edgeId="a--FOUNDED--b" /> });
    expect(await screen.findByText(/No edge with id/)).toBeInTheDocument();
  });
});
