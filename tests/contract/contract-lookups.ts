/** Contract: batched lookups by id and fact edges of entities. */
import { LIMITS } from '../../server/store/query-limits';
import { entities, storedClaim } from './contract-fixture';
import { expectInvalidArgument } from './contract-expectations';
import type { StoreGetter } from './graph-store-contract';

const entity = (id: string) => entities.find((e) => e.id === id)!;

export function lookupsContract({ store }: { store: StoreGetter }): void {
  describe('getEntities / getClaims / getEdges', () => {
    it('keep the input order, repeat duplicates and return null for unknown ids or ids of other kinds', async () => {
      const found = await store().getEntities({ ids: ['qwen', 'nope', 'deepseek', 'qwen-beats-v3', 'qwen'] });
      expect(found).toEqual([entity('qwen'), null, entity('deepseek'), null, entity('qwen')]);
      const claims = await store().getClaims({ ids: ['lonely-claim', 'qwen', 'v3-released'] });
      expect(claims).toEqual([storedClaim('lonely-claim'), null, storedClaim('v3-released')]);
      expect(await store().getEntities({ ids: [] })).toEqual([]);
    });

    it('return claims with every field, including dates, figures, links and asserted edges', async () => {
      const [claim] = await store().getClaims({ ids: ['qwen-beats-v3'] });
      expect(claim).toEqual(storedClaim('qwen-beats-v3'));
      expect(claim!.assertsEdgeIds).toEqual(['alibaba--DEVELOPED--qwen', 'qwen--OUTPERFORMS--deepseek-v3']);
      expect(claim!.figures).toHaveLength(1);
      const [dated] = await store().getClaims({ ids: ['v3-released'] });
      expect(dated!.date).toEqual({ text: 'in December', iso: '2023-12', precision: 'MONTH', basis: 'INFERRED_FROM_PUBLICATION' });
    });

    it('return fact and claim edges by id', async () => {
      const edges = await store().getEdges({
        ids: ['qwen--OUTPERFORMS--deepseek-v3', 'nope--SAID--x', 'alibaba--SAID--qwen-beats-v3', 'zhipu--DEVELOPED--glm-4'],
      });
      expect(edges).toEqual([
        { id: 'qwen--OUTPERFORMS--deepseek-v3', type: 'OUTPERFORMS', from: 'qwen', to: 'deepseek-v3', role: 'coding', claimIds: ['qwen-beats-v3'] },
        null,
        { id: 'alibaba--SAID--qwen-beats-v3', type: 'SAID', from: 'alibaba', to: 'qwen-beats-v3', role: null, claimIds: ['qwen-beats-v3'] },
        { id: 'zhipu--DEVELOPED--glm-4', type: 'DEVELOPED', from: 'zhipu', to: 'glm-4', role: null, claimIds: ['glm-par-qwen', 'zhipu-built-glm'] },
      ]);
      const claimEdges = await store().getEdges({
        ids: ['qwen-not-better--CONTRADICTS--qwen-beats-v3', 'zhipu-built-glm--SUPPORTS--glm-par-qwen', 'lonely-claim--STATED_IN--news-b', 'lonely-claim--ABOUT--lonely'],
      });
      expect(claimEdges.map((e) => e?.type)).toEqual(['CONTRADICTS', 'SUPPORTS', 'STATED_IN', 'ABOUT']);
    });

    it('hand out copies that callers cannot use to change the store', async () => {
      const [qwen] = await store().getEntities({ ids: ['qwen'] });
      qwen!.name = 'Changed';
      qwen!.aliases.push('Changed too');
      const [claim] = await store().getClaims({ ids: ['qwen-beats-v3'] });
      claim!.subjectIds.length = 0;
      expect(await store().getEntities({ ids: ['qwen'] })).toEqual([entity('qwen')]);
      expect(await store().getClaims({ ids: ['qwen-beats-v3'] })).toEqual([storedClaim('qwen-beats-v3')]);
    });

    it(`reject more than ${LIMITS.MAX_BATCH_IDS} ids`, async () => {
      const ids = Array.from({ length: LIMITS.MAX_BATCH_IDS + 1 }, (_, i) => `id-${i}`);
      await expectInvalidArgument(store().getEntities({ ids }), 'ids', /at most 1000/);
      await expectInvalidArgument(store().getClaims({ ids }), 'ids');
      await expectInvalidArgument(store().getEdges({ ids }), 'ids');
    });
  });

  describe('getFactEdgesOf', () => {
    it('returns the fact edges touching the entities in either direction, once each, sorted by id', async () => {
      const edges = await store().getFactEdgesOf({ ids: ['qwen', 'alibaba', 'nope'] });
      expect(edges.map((e) => e.id)).toEqual([
        'alibaba--COMPETES_WITH--deepseek',
        'alibaba--DEVELOPED--qwen',
        'cac--APPROVED--qwen',
        'glm-4--ON_PAR_WITH--qwen',
        'qwen--COMPARED_WITH--deepseek-v3',
        'qwen--OUTPERFORMS--deepseek-v3',
      ]);
      expect(edges[1]).toEqual({ id: 'alibaba--DEVELOPED--qwen', type: 'DEVELOPED', from: 'alibaba', to: 'qwen', role: null, claimIds: ['qwen-beats-v3'] });
    });

    it('filters by type and never returns claim edges', async () => {
      const edges = await store().getFactEdgesOf({ ids: ['qwen'], types: ['OUTPERFORMS', 'ABOUT'] });
      expect(edges.map((e) => e.id)).toEqual(['qwen--OUTPERFORMS--deepseek-v3']);
      expect(await store().getFactEdgesOf({ ids: ['jose-nunez', 'qwen-beats-v3'] })).toEqual([]);
    });

    it('rejects unknown relationship types', async () => {
      await expectInvalidArgument(store().getFactEdgesOf({ ids: ['qwen'], types: ['LIKES' as never] }), 'types', /LIKES/);
    });

    it('keeps only the first limitPerEntity edges of each entity, by id', async () => {
      const edges = await store().getFactEdgesOf({ ids: ['qwen', 'alibaba'], limitPerEntity: 1 });
      // alibaba's first is alibaba--COMPETES_WITH--deepseek; qwen's first is alibaba--DEVELOPED--qwen.
      expect(edges.map((e) => e.id)).toEqual(['alibaba--COMPETES_WITH--deepseek', 'alibaba--DEVELOPED--qwen']);
    });

    it('rejects a per-entity limit outside its range', async () => {
      await expectInvalidArgument(store().getFactEdgesOf({ ids: ['qwen'], limitPerEntity: 0 }), 'limitPerEntity', /1 to 200/);
    });
  });

  describe('ping', () => {
    it('resolves when the store answers', async () => {
      await expect(store().ping()).resolves.toBeUndefined();
    });
  });
}
