import { claimQueryOf, quoteExcerpt, rankClaims } from '../../client/src/search/claim-search';
import type { ClaimView } from '../../client/src/state/graph-model';

const claim = ({
  id,
  quote,
  summary,
  start,
}: {
  id: string;
  quote: string;
  summary: string;
  start: number;
}): ClaimView => ({
  id,
  quote,
  summary,
  kind: 'OPINION',
  date: null,
  topic: null,
  stance: null,
  figures: [],
  speaker: { id: 's', name: 'S', type: 'Person' },
  subjects: [],
  span: { start, end: start + quote.length },
  sourceId: 'src',
});

describe('claim search', () => {
  it('drops the question and filler words from what is sent, keeps them for the phrase', () => {
    const query = claimQueryOf({ typed: 'Who said Qwen 72B is the king?' });
    expect(query.text).toBe('qwen 72b king');
    expect(query.phrase).toBe('qwen 72b is the king');
  });

  it('sends nothing for filler alone', () => {
    expect(claimQueryOf({ typed: 'the is' }).text).toBe('');
  });

  it('ranks the quote holding the phrase before one that only mentions the words in its summary', () => {
    const query = claimQueryOf({ typed: 'qwen king' });
    const early = claim({ id: 'a', quote: 'Alibaba makes Qwen.', summary: 'King of the hill for qwen', start: 0 });
    const late = claim({ id: 'b', quote: 'Qwen king of models', summary: 'x', start: 100 });
    expect(rankClaims({ claims: [early, late], query }).map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('shortens long quotes around the first typed word', () => {
    const quote = `${'x'.repeat(200)} the king ${'y'.repeat(200)}`;
    const excerpt = quoteExcerpt({ quote, words: ['king'] });
    expect(excerpt).toContain('king');
    expect(excerpt.length).toBeLessThanOrEqual(92);
  });
});
