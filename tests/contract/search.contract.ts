/** Contract: entity search (matching and ranking come from server/domain/search-scoring.ts). */
import { aBatch, aCompany, anEntity } from '../support/builders';
import type { StoreGetter } from './graph-store-contract';
import { parseSearchArgs } from '../../server/queries/search/arguments';

export function searchContract({ store }: { store: StoreGetter }): void {
  describe('search', () => {
    const idsFor = async (text: string, extra: { types?: ('Model' | 'Company' | 'Person')[]; first?: number } = {}) =>
      (await store().search(parseSearchArgs({ text, ...extra }))).map((hit) => hit.entity.id);

    it('finds an exact name with score 1 and the whole entity', async () => {
      const hits = await store().search(parseSearchArgs({ text: 'qwen' }));
      expect(hits).toHaveLength(1);
      expect(hits[0].score).toBe(1);
      expect(hits[0].entity).toMatchObject({ id: 'qwen', type: 'Model', name: 'Qwen', aliases: ['Tongyi Qianwen'] });
      expect(hits[0].entity.mentions).toEqual([{ sourceId: 'news-a', start: 56, end: 60, quote: 'Qwen' }]);
    });

    it('finds by prefix, ranking ties by name', async () => {
      const hits = await store().search(parseSearchArgs({ text: 'deeps' }));
      expect(hits.map((h) => [h.entity.id, h.score])).toEqual([
        ['deepseek', 0.9],
        ['deepseek-v3', 0.9],
      ]);
    });

    it('ranks ties of score and name by id', async () => {
      await store().writeBatch({
        batch: aBatch({
          entities: [
            aCompany({ id: 'mercury-b', name: 'Mercury' }),
            anEntity({ type: 'Place', id: 'mercury-a', name: 'Mercury' }),
          ],
        }),
      });
      expect(await idsFor('mercury')).toEqual(['mercury-a', 'mercury-b']);
    });

    it('ranks exact over prefix over fuzzy matches', async () => {
      const hits = await store().search(parseSearchArgs({ text: 'deepseek' }));
      expect(hits.map((h) => h.entity.id)).toEqual(['deepseek', 'deepseek-v3']);
      expect(hits[0].score).toBeGreaterThan(hits[1].score);
    });

    it('finds an entity by its alias ("Tongyi" finds Qwen)', async () => {
      expect(await idsFor('Tongyi')).toEqual(['qwen']);
      expect(await idsFor('CAC')).toEqual(['cac']);
    });

    it('is case- and accent-insensitive both ways', async () => {
      expect(await idsFor('JOSE NUNEZ')).toEqual(['jose-nunez']);
      expect((await store().search(parseSearchArgs({ text: 'josé núñez' })))[0].score).toBe(1);
      expect(await idsFor('Qwén')).toEqual(['qwen']);
    });

    it('matches misspellings ("deepsek" finds DeepSeek first)', async () => {
      const hits = await store().search(parseSearchArgs({ text: 'deepsek' }));
      expect(hits.map((h) => h.entity.id)).toEqual(['deepseek', 'deepseek-v3']);
      expect(hits[0].score).toBeGreaterThan(0);
      expect(hits[0].score).toBeLessThan(0.9);
    });

    it('filters by entity type', async () => {
      expect(await idsFor('deeps', { types: ['Model'] })).toEqual(['deepseek-v3']);
      expect(await idsFor('deeps', { types: ['Person'] })).toEqual([]);
    });

    it('returns at most `first` hits', async () => {
      expect(await idsFor('deeps', { first: 1 })).toEqual(['deepseek']);
    });

    it('returns nothing for text without letters or digits', async () => {
      expect(await idsFor('')).toEqual([]);
      expect(await idsFor('   ')).toEqual([]);
      expect(await idsFor('?!')).toEqual([]);
      expect(await idsFor('zzzzqqq')).toEqual([]);
    });
  });
}
