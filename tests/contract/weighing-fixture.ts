/**
 * Extra records the weighing contracts write on top of contract-fixture.ts:
 * - news-c, whose author José Núñez works at Alibaba and says so himself (the author is never self-interested);
 * - news-d, where Ada Lovelace takes the DeepSeek side about Qwen and Liang Wenfeng backs her, so the
 *   dispute with Alibaba's "Qwen outperforms DeepSeek-V3" has three participants.
 */
import type { GraphBatch } from '../../server/store/graph-store';
import { aBatch, aClaim, aFactEdge, aSource } from '../support/builders';

export const newsC = aSource({
  id: 'news-c',
  title: 'A column',
  authorId: 'jose-nunez',
  text: 'I work at Alibaba, and Alibaba builds good models.',
});

export const newsD = aSource({
  id: 'news-d',
  title: 'A debate',
  text: 'Ada Lovelace said DeepSeek is ahead of Qwen. Liang Wenfeng agreed with her about Qwen.',
});

export const authorColumnBatch = (): GraphBatch =>
  aBatch({
    sources: [newsC],
    claims: [
      aClaim({
        id: 'nunez-at-alibaba',
        source: newsC,
        quote: 'I work at Alibaba, and Alibaba builds good models.',
        kind: 'AUTHOR_ASSERTION',
        speakerId: 'jose-nunez',
        subjectIds: ['jose-nunez', 'alibaba'],
      }),
    ],
    factEdges: [aFactEdge({ type: 'WORKS_AT', from: 'jose-nunez', to: 'alibaba', claimIds: ['nunez-at-alibaba'] })],
  });

export const debateBatch = (): GraphBatch =>
  aBatch({
    sources: [newsD],
    claims: [
      aClaim({
        id: 'ada-doubts-qwen',
        source: newsD,
        quote: 'DeepSeek is ahead of Qwen',
        speakerId: 'ada',
        subjectIds: ['deepseek', 'qwen'],
        topicId: 'model-race',
        stance: 'deepseek-leads',
      }),
      aClaim({
        id: 'liang-backs-ada',
        source: newsD,
        quote: 'Liang Wenfeng agreed with her about Qwen.',
        speakerId: 'liang-wenfeng',
        subjectIds: ['qwen'],
        supportsIds: ['ada-doubts-qwen'],
      }),
    ],
  });
