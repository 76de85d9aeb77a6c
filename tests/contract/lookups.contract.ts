/** Contract: batched lookups by id and fact edges of entities. */
import { entities, storedClaim } from './contract-fixture';
import type { StoreGetter } from './graph-store-contract';
import { parseIdBatch } from '../../server/queries/argument-schemas';

const entity = (id: string) => entities.find((e) => e.id === id)!;

export function lookupsContract({ store }: { store: StoreGetter }): void {
  describe('getEntities / getClaims / getEdges', () => {
    it('keep the input order, repeat duplicates and return null for unknown ids or ids of other kinds', async () => {
      const found = await store().getEntities(
        parseIdBatch({ ids: ['qwen', 'nope', 'deepseek', 'qwen-beats-v3', 'qwen'] }),
      );
      expect(found).toEqual([entity('qwen'), null, entity('deepseek'), null, entity('qwen')]);
      const claims = await store().getClaims(parseIdBatch({ ids: ['lonely-claim', 'qwen', 'v3-released'] }));
      expect(claims).toEqual([storedClaim('lonely-claim'), null, storedClaim('v3-released')]);
      expect(await store().getEntities(parseIdBatch({ ids: [] }))).toEqual([]);
    });

    it('return claims with every field, including dates, figures, links and asserted edges', async () => {
      const [claim] = await store().getClaims(parseIdBatch({ ids: ['qwen-beats-v3'] }));
      expect(claim).toEqual(storedClaim('qwen-beats-v3'));
      expect(claim!.assertsEdgeIds).toEqual(['alibaba--DEVELOPED--qwen', 'qwen--OUTPERFORMS--deepseek-v3']);
      expect(claim!.figures).toHaveLength(1);
      const [dated] = await store().getClaims(parseIdBatch({ ids: ['v3-released'] }));
      expect(dated!.date).toEqual({
        text: 'in December',
        iso: '2023-12',
        precision: 'MONTH',
        basis: 'INFERRED_FROM_PUBLICATION',
      });
    });

    it('return fact and claim edges by id', async () => {
      const edges = await store().getEdges(
        parseIdBatch({
          ids: [
            'qwen--OUTPERFORMS--deepseek-v3',
            'nope--SAID--x',
            'alibaba--SAID--qwen-beats-v3',
            'zhipu--DEVELOPED--glm-4',
          ],
        }),
      );
      expect(edges).toEqual([
        {
          id: 'qwen--OUTPERFORMS--deepseek-v3',
          type: 'OUTPERFORMS',
          from: 'qwen',
          to: 'deepseek-v3',
          role: 'coding',
          claimIds: ['qwen-beats-v3'],
        },
        null,
        {
          id: 'alibaba--SAID--qwen-beats-v3',
          type: 'SAID',
          from: 'alibaba',
          to: 'qwen-beats-v3',
          role: null,
          claimIds: ['qwen-beats-v3'],
        },
        {
          id: 'zhipu--DEVELOPED--glm-4',
          type: 'DEVELOPED',
          from: 'zhipu',
          to: 'glm-4',
          role: null,
          claimIds: ['glm-par-qwen', 'zhipu-built-glm'],
        },
      ]);
      const claimEdges = await store().getEdges(
        parseIdBatch({
          ids: [
            'qwen-not-better--CONTRADICTS--qwen-beats-v3',
            'zhipu-built-glm--SUPPORTS--glm-par-qwen',
            'lonely-claim--STATED_IN--news-b',
            'lonely-claim--ABOUT--lonely',
          ],
        }),
      );
      expect(claimEdges.map((e) => e?.type)).toEqual(['CONTRADICTS', 'SUPPORTS', 'STATED_IN', 'ABOUT']);
    });

    it('hand out copies that callers cannot use to change the store', async () => {
      const [qwen] = await store().getEntities(parseIdBatch({ ids: ['qwen'] }));
      qwen!.name = 'Changed';
      qwen!.aliases.push('Changed too');
      const [claim] = await store().getClaims(parseIdBatch({ ids: ['qwen-beats-v3'] }));
      claim!.subjectIds.length = 0;
      expect(await store().getEntities(parseIdBatch({ ids: ['qwen'] }))).toEqual([entity('qwen')]);
      expect(await store().getClaims(parseIdBatch({ ids: ['qwen-beats-v3'] }))).toEqual([storedClaim('qwen-beats-v3')]);
    });
  });

  describe('ping', () => {
    it('resolves when the store answers', async () => {
      await expect(store().ping()).resolves.toBeUndefined();
    });
  });
}
