/** Contract: Edge.support (corroboration of fact edges). */
import { parseClaimIdList } from '../../server/queries/claim-ids';
import type { StoreGetter } from './graph-store-contract';

const supportOf = async (store: StoreGetter, id: string) =>
  (await store().edgeSupport({ ids: parseClaimIdList({ ids: [id] }) }))[0];

export function edgeSupportContract({ store }: { store: StoreGetter }): void {
  describe('edgeSupport', () => {
    it('an edge asserted by the author alone: one independent speaker, one source', async () => {
      expect(await supportOf(store, 'deepseek--DEVELOPED--deepseek-v3')).toEqual({
        edgeId: 'deepseek--DEVELOPED--deepseek-v3',
        claims: 1,
        speakers: [{ speakerId: 'jose-nunez', independent: true }],
        independentSpeakers: 1,
        selfInterestedOnly: false,
        sourceIds: ['news-a'],
        contradictedBy: [],
      });
    });

    it('an edge asserted only by its self-interested maker, and the claim contradicting that assertion', async () => {
      const support = await supportOf(store, 'qwen--OUTPERFORMS--deepseek-v3');
      expect(support).toMatchObject({
        claims: 1,
        speakers: [{ speakerId: 'alibaba', independent: false }],
        independentSpeakers: 0,
        selfInterestedOnly: true,
        sourceIds: ['news-a'],
      });
      expect(support!.contradictedBy.map((c) => c.id)).toEqual(['qwen-not-better']);
    });

    it('treats CONTRADICTS as symmetric: the contradicted claim also counts against the contradicting one', async () => {
      const support = await supportOf(store, 'qwen--COMPARED_WITH--deepseek-v3');
      expect(support).toMatchObject({ independentSpeakers: 1, selfInterestedOnly: false, sourceIds: ['news-b'] });
      expect(support!.contradictedBy.map((c) => c.id)).toEqual(['qwen-beats-v3']);
    });

    it('counts claims and sources across sources, speakers once', async () => {
      expect(await supportOf(store, 'zhipu--DEVELOPED--glm-4')).toMatchObject({
        claims: 2,
        speakers: [{ speakerId: 'zhipu', independent: false }],
        independentSpeakers: 0,
        selfInterestedOnly: true,
        sourceIds: ['news-a', 'news-b'],
        contradictedBy: [],
      });
    });

    it('answers null for provenance edges, unknown ids and malformed ids, in request order', async () => {
      const result = await store().edgeSupport({
        ids: parseClaimIdList({
          ids: ['alibaba--SAID--qwen-beats-v3', 'nope--DEVELOPED--nothing', 'not an id', 'cac--APPROVED--qwen'],
        }),
      });
      expect(result.slice(0, 3)).toEqual([null, null, null]);
      expect(result[3]).toMatchObject({ edgeId: 'cac--APPROVED--qwen', claims: 1, independentSpeakers: 1 });
    });
  });
}
