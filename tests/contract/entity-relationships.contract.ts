/** Contract of getFactEdgesOf, the batched lookup behind Entity.relationships (server/queries/entity-relationships/). */
import { parseFactEdgesOfArgs } from '../../server/queries/entity-relationships/arguments';
import type { StoreGetter } from './graph-store-contract';

export function entityRelationshipsContract({ store }: { store: StoreGetter }): void {
  describe('getFactEdgesOf', () => {
    it('returns the fact edges touching the entities in either direction, once each, sorted by id', async () => {
      const edges = await store().getFactEdgesOf(parseFactEdgesOfArgs({ ids: ['qwen', 'alibaba', 'nope'] }));
      expect(edges.map((e) => e.id)).toEqual([
        'alibaba--COMPETES_WITH--deepseek',
        'alibaba--DEVELOPED--qwen',
        'cac--APPROVED--qwen',
        'glm-4--ON_PAR_WITH--qwen',
        'qwen--COMPARED_WITH--deepseek-v3',
        'qwen--OUTPERFORMS--deepseek-v3',
      ]);
      expect(edges[1]).toEqual({
        id: 'alibaba--DEVELOPED--qwen',
        type: 'DEVELOPED',
        from: 'alibaba',
        to: 'qwen',
        role: null,
        claimIds: ['qwen-beats-v3'],
      });
    });

    it('filters by type and never returns claim edges', async () => {
      const edges = await store().getFactEdgesOf(
        parseFactEdgesOfArgs({ ids: ['qwen'], types: ['OUTPERFORMS', 'ABOUT'] }),
      );
      expect(edges.map((e) => e.id)).toEqual(['qwen--OUTPERFORMS--deepseek-v3']);
      expect(await store().getFactEdgesOf(parseFactEdgesOfArgs({ ids: ['jose-nunez', 'qwen-beats-v3'] }))).toEqual([]);
    });

    it('keeps only the first limitPerEntity edges of each entity, by id', async () => {
      const edges = await store().getFactEdgesOf(parseFactEdgesOfArgs({ ids: ['qwen', 'alibaba'], limitPerEntity: 1 }));
      // alibaba's first is alibaba--COMPETES_WITH--deepseek; qwen's first is alibaba--DEVELOPED--qwen.
      expect(edges.map((e) => e.id)).toEqual(['alibaba--COMPETES_WITH--deepseek', 'alibaba--DEVELOPED--qwen']);
    });
  });
}
