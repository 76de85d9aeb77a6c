import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toClaimView } from '../../client/src/api/to-view';
import { DetailsPanel } from '../../client/src/components/DetailsPanel';
import { groupFigures } from '../../client/src/components/FigureCharts';
import { WhoSaidView, groupBySpeaker } from '../../client/src/components/WhoSaidView';
import { CLAIMS, aClaimResult } from './support/api-fixtures';
import { renderWithExplorer } from './support/render-explorer';

const figure = (label: string, value: number, chart: string | null) => ({
  measure: 'GenAI inventions',
  label,
  value,
  unit: 'count',
  chart,
  isLowerBound: false,
});

describe('numbers as pictures', () => {
  it('draws figures sharing a chart id together, a chart-less figure alone, each with its quote', () => {
    const a = toClaimView(
      aClaimResult({
        id: 'a',
        quote: 'Kai-Fu Lee founded 01.AI',
        subjectIds: ['01-ai'],
        figures: [figure('China', 38210, 'patents'), figure('US', 6276, 'patents')],
      }),
    );
    const b = toClaimView(
      aClaimResult({
        id: 'b',
        quote: 'Some of the technology in 01.AI came from LLaMA',
        subjectIds: ['llama'],
        figures: [figure('India', 1350, 'patents'), figure('Alone', 1, null)],
      }),
    );
    const groups = groupFigures({ claims: [a, b] });
    expect(groups.map((g) => [g.key, g.figures.map((f) => f.label), g.quotes.length])).toEqual([
      ['patents', ['China', 'US', 'India'], 2],
      ['b#1', ['Alone'], 1],
    ]);
  });
});

describe('claim details panel', () => {
  it('shows the claim with speaker, subjects, a chart of its figures and a way to the text', async () => {
    renderWithExplorer({ ui: <DetailsPanel />, search: '?claim=c-qwen' });
    const details = screen.getByRole('complementary', { name: 'Details' });
    expect(
      await within(details).findByRole('heading', { name: 'Qwen downloads reached 20 million' }),
    ).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: "The article's author" })).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'Qwen' })).toBeInTheDocument();
    expect(within(details).getByRole('img', { name: /Qwen downloads: Qwen 20,000,000/ })).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'Show in article' })).toBeInTheDocument();
  });

  it('goes to the speaker when their name is clicked', async () => {
    renderWithExplorer({ ui: <DetailsPanel />, search: '?claim=c-founded' });
    const details = screen.getByRole('complementary', { name: 'Details' });
    await userEvent.click(await within(details).findByRole('button', { name: 'Kai-Fu Lee' }));
    expect(await within(details).findByRole('heading', { name: 'Kai-Fu Lee' })).toBeInTheDocument();
  });
});

describe('who said what', () => {
  it('groups claims by speaker, most prolific first, in article order', () => {
    const claims = [...CLAIMS].reverse().map(toClaimView);
    const groups = groupBySpeaker({ claims });
    expect(groups).toHaveLength(1);
    expect(groups[0].speaker.id).toBe('author');
    expect(groups[0].claims.map((c) => c.id)).toEqual(['c-founded', 'c-llama', 'c-qwen']);
  });

  it('lists each speaker with their claims once the article is loaded', async () => {
    renderWithExplorer({ ui: <WhoSaidView /> });
    const region = await screen.findByRole('region', { name: 'Who said what' });
    expect(within(region).getByRole('button', { name: "The article's author" })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Lee founded 01.AI' })).toBeInTheDocument();
  });
});
