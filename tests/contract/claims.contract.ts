/** Contract: findClaims filters, order and cursor paging. */
import type { ClaimFilter } from '../../domain/graph-types';
import { ALL_CLAIM_IDS, storedClaim } from './contract-fixture';
import type { StoreGetter } from './graph-store-contract';
import { parseClaimsArgs } from '../../server/queries/claims/arguments';

/** Every claim of the fixture in (sourceId, span.start, id) order, worked out from the texts. */
const IN_ORDER = [
  'v3-released',
  'qwen-beats-v3',
  'alibaba-rivals',
  'liang-leads',
  'cac-approved-qwen',
  'glm-par-qwen',
  'qwen-not-better',
  'ada-at-zhipu',
  'zhipu-built-glm',
  'lonely-claim',
];

export function claimsContract({ store }: { store: StoreGetter }): void {
  describe('findClaims', () => {
    const idsFor = async (filter: ClaimFilter) => {
      const page = await store().findClaims(parseClaimsArgs({ filter, first: 100 }));
      expect(page.totalCount).toBe(page.claims.length);
      return page.claims.map((c) => c.id);
    };

    it('lists every claim ordered by (sourceId, span.start, id), 20 per page by default', async () => {
      expect([...IN_ORDER].sort()).toEqual([...ALL_CLAIM_IDS].sort());
      const page = await store().findClaims(parseClaimsArgs({}));
      expect(page.claims.map((c) => c.id)).toEqual(IN_ORDER);
      expect(page.claims[1]).toEqual(storedClaim('qwen-beats-v3'));
      expect(page.cursors).toHaveLength(IN_ORDER.length);
      expect(page.hasNextPage).toBe(false);
      expect(page.totalCount).toBe(10);
    });

    it('filters by each field alone', async () => {
      expect(await idsFor({ speakerId: 'alibaba' })).toEqual(['qwen-beats-v3']);
      expect(await idsFor({ aboutId: 'qwen' })).toEqual([
        'qwen-beats-v3',
        'cac-approved-qwen',
        'glm-par-qwen',
        'qwen-not-better',
      ]);
      expect(await idsFor({ topicId: 'model-race' })).toEqual(['qwen-beats-v3', 'glm-par-qwen', 'qwen-not-better']);
      expect(await idsFor({ stance: 'deepseek-leads' })).toEqual(['qwen-not-better']);
      expect(await idsFor({ kind: 'DIRECT_QUOTE' })).toEqual(['glm-par-qwen']);
      expect(await idsFor({ sourceId: 'news-b' })).toEqual([
        'qwen-not-better',
        'ada-at-zhipu',
        'zhipu-built-glm',
        'lonely-claim',
      ]);
      expect(await idsFor({ speakerId: 'nope' })).toEqual([]);
    });

    it('combines filter fields with AND', async () => {
      expect(await idsFor({ aboutId: 'qwen', sourceId: 'news-a' })).toEqual([
        'qwen-beats-v3',
        'cac-approved-qwen',
        'glm-par-qwen',
      ]);
      expect(await idsFor({ aboutId: 'qwen', speakerId: 'jose-nunez', kind: 'AUTHOR_ASSERTION' })).toEqual([
        'cac-approved-qwen',
        'qwen-not-better',
      ]);
      expect(await idsFor({ topicId: 'model-race', stance: 'qwen-leads', sourceId: 'news-b' })).toEqual([]);
    });

    it('text: every word must be a whole word of the quote or the summary, any case or accent', async () => {
      expect(await idsFor({ text: 'CODING qwen' })).toEqual(['qwen-beats-v3', 'qwen-not-better']);
      expect(await idsFor({ text: 'codes' })).toEqual(['qwen-beats-v3']); // only in the summary
      expect(await idsFor({ text: 'cod' })).toEqual([]);
      expect(await idsFor({ text: 'nunez' })).toEqual(['qwen-not-better']);
      expect(await idsFor({ text: 'Núñez DOUBTS' })).toEqual(['qwen-not-better']);
      expect(await idsFor({ text: 'qwen regulator' })).toEqual(['cac-approved-qwen']); // words split across quote and summary
      // A text without a letter or digit matches nothing, as it finds nothing in search (docs/api.md).
      expect(await idsFor({ text: ' ?! ' })).toEqual([]);
      expect(await idsFor({ text: 'qwen', sourceId: 'news-b' })).toEqual(['qwen-not-better']);
    });

    it('pages with first/after through every claim exactly once, with a stable totalCount', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pageNo = 0; pageNo < 10; pageNo++) {
        const page = await store().findClaims(parseClaimsArgs({ first: 3, after }));
        expect(page.totalCount).toBe(10);
        expect(page.claims.length).toBeLessThanOrEqual(3);
        expect(page.cursors).toHaveLength(page.claims.length);
        seen.push(...page.claims.map((c) => c.id));
        if (!page.hasNextPage) break;
        after = page.cursors[page.cursors.length - 1];
      }
      expect(seen).toEqual(IN_ORDER);
    });

    it('continues after any cursor, also with a filter', async () => {
      const all = await store().findClaims(parseClaimsArgs({ filter: { aboutId: 'qwen' } }));
      const rest = await store().findClaims(
        parseClaimsArgs({ filter: { aboutId: 'qwen' }, after: all.cursors[1], first: 1 }),
      );
      expect(rest.claims.map((c) => c.id)).toEqual(['glm-par-qwen']);
      expect(rest.hasNextPage).toBe(true);
      expect(rest.totalCount).toBe(4);
      const last = await store().findClaims(parseClaimsArgs({ filter: { aboutId: 'qwen' }, after: all.cursors[3] }));
      expect(last).toEqual({ claims: [], cursors: [], hasNextPage: false, totalCount: 4 });
    });
  });
}
