/** The self-interest badge in the claim panel and the Disputes view, against canned API answers. */
import { screen, within } from '@testing-library/react';
import { DetailsPanel } from '../../client/src/components/DetailsPanel';
import { DisputesView } from '../../client/src/components/DisputesView';
import { articleHandlers } from './support/api-fixtures';
import { renderWithExplorer } from './support/render-explorer';

const sensetime = { id: 'sensetime', name: 'SenseTime' };
const sensenova = { id: 'sensenova-5-5', name: 'SenseNova 5.5' };
const developed = {
  id: 'sensetime--DEVELOPED--sensenova-5-5',
  label: 'developed',
  from: 'sensetime',
  to: 'sensenova-5-5',
};
const interest = (selfInterested: boolean) => ({
  selfInterested,
  speakerIsSubject: false,
  because: selfInterested ? [developed] : [],
});

const side = ({
  id,
  quote,
  speaker,
  selfInterested,
}: {
  id: string;
  quote: string;
  speaker: { id: string; name: string };
  selfInterested: boolean;
}) => ({
  id,
  quote,
  stance: null,
  speaker,
  subjects: [sensenova],
  interest: interest(selfInterested),
});

describe('self-interest badge', () => {
  it('names the edge that makes a claim self-interested, as a sentence', async () => {
    renderWithExplorer({
      ui: <DetailsPanel />,
      search: '?claim=c-qwen',
      handlers: {
        ...articleHandlers(),
        ClaimInterest: ({ id }) => ({
          claim: { id, speaker: sensetime, subjects: [sensenova], interest: interest(true) },
        }),
      },
    });
    const badge = await screen.findByTestId('interest-badge');
    expect(badge).toHaveTextContent('Self-interested because SenseTime developed SenseNova 5.5');
  });

  it('shows nothing for a claim that is not self-interested', async () => {
    const { api } = renderWithExplorer({
      ui: <DetailsPanel />,
      search: '?claim=c-qwen',
      handlers: {
        ...articleHandlers(),
        ClaimInterest: ({ id }) => ({
          claim: { id, speaker: sensetime, subjects: [sensenova], interest: interest(false) },
        }),
      },
    });
    await screen.findByRole('heading', { name: 'Qwen downloads reached 20 million' });
    expect(api.calls.some((c) => c.name === 'ClaimInterest')).toBe(true);
    expect(screen.queryByTestId('interest-badge')).toBeNull();
  });
});

describe('disputes view', () => {
  it('lists each pair side by side with both quotes, speakers, reasons and badges', async () => {
    renderWithExplorer({
      ui: <DisputesView />,
      handlers: {
        ...articleHandlers(),
        Disputes: () => ({
          disputes: {
            totalCount: 1,
            pageInfo: { hasNextPage: false, endCursor: 'x' },
            edges: [
              {
                node: {
                  id: 'a|b',
                  reasons: ['CONTRADICTS'],
                  participantCount: 3,
                  sharedSubjects: [sensenova],
                  a: side({ id: 'a', quote: 'superiority over GPT-4o', speaker: sensetime, selfInterested: true }),
                  b: side({
                    id: 'b',
                    quote: 'how far behind',
                    speaker: { id: 'paul-triolo', name: 'Paul Triolo' },
                    selfInterested: false,
                  }),
                },
              },
            ],
          },
        }),
      },
    });
    const pair = await screen.findByRole('article', { name: 'SenseTime vs Paul Triolo' });
    expect(within(pair).getByText('superiority over GPT-4o')).toBeInTheDocument();
    expect(within(pair).getByText('how far behind')).toBeInTheDocument();
    expect(pair).toHaveTextContent('contradicts · 3 speakers · about SenseNova 5.5');
    expect(within(pair).getAllByTestId('interest-badge')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'More disputes' })).toBeNull();
  });
});
