import {
  compareHits,
  editDistance,
  normalizeText,
  scoreNames,
  searchTermsOf,
} from '../../server/domain/search-scoring';

describe('search scoring', () => {
  it('normalizes case, accents and punctuation', () => {
    expect(normalizeText('Tongyi Qiánwen (Qwen)')).toBe('tongyi qianwen qwen');
  });

  it('adds the run-together form of multi-word names', () => {
    expect(searchTermsOf(['01.AI'])).toEqual(['01', 'ai', '01ai']);
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('deepsek', 'deepseek', 2)).toBe(1);
    expect(editDistance('abcd', 'abdc', 2)).toBe(1);
  });

  it('ranks exact over prefix over fuzzy, and rejects unrelated names', () => {
    const exact = scoreNames({ query: 'deepseek', names: ['DeepSeek'] });
    const prefix = scoreNames({ query: 'deeps', names: ['DeepSeek'] });
    const fuzzy = scoreNames({ query: 'deepsek', names: ['DeepSeek'] });
    expect(exact).toBe(1);
    expect(prefix).toBe(0.9);
    expect(fuzzy).toBeGreaterThan(0);
    expect(fuzzy).toBeLessThan(prefix);
    expect(scoreNames({ query: 'llama', names: ['SenseTime'] })).toBe(0);
  });

  it('finds aliases and word prefixes inside names', () => {
    expect(scoreNames({ query: 'tongyi', names: ['Qwen', 'Tongyi Qianwen'] })).toBe(0.9);
    expect(scoreNames({ query: 'qianwen', names: ['Qwen', 'Tongyi Qianwen'] })).toBeGreaterThan(0.8);
  });

  it('orders hits by score, then name, then id', () => {
    const hits = [
      { score: 0.5, name: 'B', id: 'b' },
      { score: 0.9, name: 'Z', id: 'z' },
      { score: 0.5, name: 'A', id: 'a2' },
      { score: 0.5, name: 'A', id: 'a1' },
    ];
    expect(hits.sort(compareHits).map((h) => h.id)).toEqual(['z', 'a1', 'a2', 'b']);
  });
});
