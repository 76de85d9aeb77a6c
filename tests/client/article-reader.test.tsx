import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ArticleReader } from '../../client/src/components/ArticleReader';
import { DetailsPanel } from '../../client/src/components/DetailsPanel';
import { highlightSegments } from '../../client/src/reader/highlight-segments';
import { ARTICLE_TEXT, CLAIMS } from './support/api-fixtures';
import { renderWithExplorer } from './support/render-explorer';

describe('article reader', () => {
  it('highlights every claim span with a mark carrying the claim id', async () => {
    const { container } = renderWithExplorer({ ui: <ArticleReader /> });
    const reader = await screen.findByRole('region', { name: 'Article reader' });
    await within(reader).findByRole('heading', { name: "China's AI race" });
    const marks = [...container.querySelectorAll('mark[data-claim-id]')];
    expect(marks.map((m) => m.getAttribute('data-claim-id'))).toEqual(CLAIMS.map((c) => c.id));
    expect(marks.map((m) => m.textContent)).toEqual(CLAIMS.map((c) => c.quote));
  });

  it('selects the claim when a highlight is clicked, and shows it in the details panel', async () => {
    const { container } = renderWithExplorer({
      ui: (
        <>
          <DetailsPanel />
          <ArticleReader />
        </>
      ),
    });
    await screen.findByRole('heading', { name: "China's AI race" });
    const mark = container.querySelector('mark[data-claim-id="c-llama"]') as HTMLElement;
    await userEvent.click(mark);
    const details = screen.getByRole('complementary', { name: 'Details' });
    expect(
      await within(details).findByRole('heading', { name: "01.AI's technology came from LLaMA" }),
    ).toBeInTheDocument();
    expect(mark).toHaveClass('selected');
    expect(mark).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('highlightSegments', () => {
  it('keeps the text intact and gives a nested span its own highlight', () => {
    const text = 'abcdefghij';
    const segments = highlightSegments({
      text,
      spans: [
        { claimId: 'outer', start: 1, end: 9 },
        { claimId: 'inner', start: 3, end: 5 },
      ],
    });
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => (s.kind === 'mark' ? `${s.claimId}:${s.text}` : s.text))).toEqual([
      'a',
      'outer:bc',
      'inner:de',
      'outer:fghi',
      'j',
    ]);
  });

  it('ignores spans outside the text instead of crashing', () => {
    const segments = highlightSegments({
      text: ARTICLE_TEXT.slice(0, 5),
      spans: [{ claimId: 'x', start: 3, end: 99 }],
    });
    expect(segments).toEqual([{ kind: 'text', text: ARTICLE_TEXT.slice(0, 5), start: 0 }]);
  });
});
