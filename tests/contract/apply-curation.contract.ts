/** Contract: applyCuration removes what left the seed folders, then writes its batch, all or nothing. */
import { InvalidArgumentError } from '../../server/errors/api-errors';
import { parseIdBatch } from '../../server/queries/argument-schemas';
import { parseNeighbourhoodArgs } from '../../server/queries/neighbourhood/arguments';
import { aBatch, aClaim } from '../support/builders';
import { ALL_CLAIM_IDS, ALL_ENTITY_IDS, ALL_FACT_EDGE_IDS, newsA, storedClaim } from './contract-fixture';
import type { StoreGetter } from './graph-store-contract';

const noRemovals = { sourceIds: [], claimIds: [], entityIds: [], factEdgeIds: [] };

export function applyCurationContract({ store }: { store: StoreGetter }): void {
  const present = async () => {
    const [entities, claims, edges, sources] = await Promise.all([
      store().getEntities(parseIdBatch({ ids: ALL_ENTITY_IDS })),
      store().getClaims(parseIdBatch({ ids: ALL_CLAIM_IDS })),
      store().getEdges(parseIdBatch({ ids: ALL_FACT_EDGE_IDS })),
      store().listSources(),
    ]);
    return {
      entities: entities.filter((e) => e !== null).map((e) => e.id),
      claims: claims.filter((c) => c !== null).map((c) => c.id),
      edges: edges.filter((e) => e !== null).map((e) => `${e.id} ${e.claimIds.join(',')}`),
      sources: sources.map((s) => s.id),
    };
  };

  describe('applyCuration', () => {
    it('deletes a source with its claims, strips them from shared fact edges and drops named entities', async () => {
      await store().applyCuration({
        batch: aBatch(),
        remove: { ...noRemovals, sourceIds: ['news-b'], entityIds: ['ada', 'beijing', 'lonely'] },
      });
      const after = await present();
      expect(after.sources).toEqual(['news-a']);
      expect(after.claims).toEqual(ALL_CLAIM_IDS.filter((id) => storedClaim(id).span.sourceId === 'news-a'));
      expect(after.entities).toEqual(ALL_ENTITY_IDS.filter((id) => !['ada', 'beijing', 'lonely'].includes(id)));
      // The edge both sources assert keeps news-a's claim; edges only news-b asserted are gone.
      expect(after.edges).toContain('zhipu--DEVELOPED--glm-4 glm-par-qwen');
      expect(after.edges.some((e) => e.startsWith('ada--WORKS_AT--zhipu'))).toBe(false);
      expect(after.edges.some((e) => e.startsWith('qwen--COMPARED_WITH--deepseek-v3'))).toBe(false);
      expect(
        (await store().neighbourhood(parseNeighbourhoodArgs({ ids: ['glm-par-qwen'], depth: 1 }))).edges.map(
          (e) => e.type,
        ),
      ).not.toContain('SUPPORTS');
    });

    it('removes named claims and fact edges, then writes the batch', async () => {
      const edited = { ...storedClaim('alibaba-rivals'), summary: 'Edited summary', assertsEdgeIds: [] };
      await store().applyCuration({
        batch: aBatch({ claims: [edited] }),
        remove: { ...noRemovals, claimIds: ['lonely-claim'], factEdgeIds: ['alibaba--COMPETES_WITH--deepseek'] },
      });
      const after = await present();
      expect(after.claims).not.toContain('lonely-claim');
      expect(after.edges.some((e) => e.startsWith('alibaba--COMPETES_WITH--deepseek'))).toBe(false);
      expect((await store().getClaims(parseIdBatch({ ids: ['alibaba-rivals'] })))[0]?.summary).toBe('Edited summary');
    });

    it('changes nothing when the batch is rejected', async () => {
      const before = await present();
      const bad = aClaim({
        id: 'bad-claim',
        source: newsA,
        quote: 'Alibaba',
        speakerId: 'nobody-known',
        subjectIds: ['qwen'],
      });
      await expect(
        store().applyCuration({
          batch: aBatch({ claims: [bad] }),
          remove: { ...noRemovals, sourceIds: ['news-b'], entityIds: ['ada'] },
        }),
      ).rejects.toBeInstanceOf(InvalidArgumentError);
      expect(await present()).toEqual(before);
    });
  });
}
