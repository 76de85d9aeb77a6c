/**
 * Extra records the timeline contract writes on top of contract-fixture.ts (where news-a is published
 * 2024-07-10 and news-b has no date):
 * - news-e, undated: a relative date (undated), a stated year (placed on 2030), and a claim with no date (absent);
 * - news-f, published 2025-03: a relative date, placed on the source's date.
 */
import type { GraphBatch } from '../../server/store/graph-store';
import { aBatch, aClaim, aSource } from '../support/builders';

export const newsE = aSource({
  id: 'news-e',
  title: 'An interview',
  text: 'Ada Lovelace said Zhipu AI shipped GLM-4 recently. Zhipu AI aims to lead by 2030. Zhipu AI likes Beijing.',
});

export const newsF = aSource({
  id: 'news-f',
  title: 'A follow-up',
  publishedAt: '2025-03',
  text: 'Liang Wenfeng said DeepSeek grew fast in the past six months.',
});

export const timelineBatch = (): GraphBatch =>
  aBatch({
    sources: [newsE, newsF],
    claims: [
      aClaim({
        id: 'ada-recently',
        source: newsE,
        quote: 'Zhipu AI shipped GLM-4 recently',
        speakerId: 'ada',
        subjectIds: ['zhipu', 'glm-4'],
        date: { text: 'recently', iso: null, precision: 'RELATIVE', basis: 'UNKNOWN_YEAR' },
      }),
      aClaim({
        id: 'zhipu-2030',
        source: newsE,
        quote: 'Zhipu AI aims to lead by 2030',
        speakerId: 'zhipu',
        subjectIds: ['zhipu'],
        date: { text: 'by 2030', iso: '2030', precision: 'YEAR', basis: 'STATED' },
      }),
      aClaim({
        id: 'zhipu-beijing',
        source: newsE,
        quote: 'Zhipu AI likes Beijing',
        speakerId: 'zhipu',
        subjectIds: ['beijing'],
      }),
      aClaim({
        id: 'liang-six-months',
        source: newsF,
        quote: 'DeepSeek grew fast in the past six months',
        speakerId: 'liang-wenfeng',
        subjectIds: ['deepseek'],
        date: { text: 'in the past six months', iso: null, precision: 'RELATIVE', basis: 'UNKNOWN_YEAR' },
      }),
    ],
  });
