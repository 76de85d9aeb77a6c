/**
 * The article's answers to "how much should I trust this?" (issue: Weigh the claims), checked through the
 * GraphStore port on both stores: SenseTime praising its own model, Delangue as an outsider on Qwen,
 * the one sentence behind 01.AI -> LLaMA, and Schmidt against the "China is catching up" claims.
 */
import type { Claim } from '../../domain/graph-types';
import type { GraphStore } from '../../server/store/graph-store';
import { parseClaimsArgs } from '../../server/queries/claims/arguments';
import { parseClaimIdList } from '../../server/queries/claim-ids';
import { parseDisputesArguments } from '../../server/queries/disputes/arguments';
import type { Dispute } from '../../domain/weighing';
import { ARTICLE_AUTHOR_ID, ARTICLE_SOURCE_ID } from './expected-article-graph';

const ids = (list: string[]) => parseClaimIdList({ ids: list });

async function allDisputes({ store }: { store: GraphStore }): Promise<Dispute[]> {
  const disputes: Dispute[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const result = await store.disputes(parseDisputesArguments({ first: 50, after }));
    disputes.push(...result.disputes);
    if (!result.hasNextPage) return disputes;
    after = result.cursors[result.cursors.length - 1] ?? null;
  }
  throw new Error('disputes: more than 20 pages');
}

export function articleWeighingSection({ store }: { store: () => GraphStore }): void {
  describe('weighing the claims', () => {
    it('every SenseTime claim about SenseNova 5.5 is self-interested because sensetime DEVELOPED sensenova-5-5', async () => {
      const page = await store().findClaims(
        parseClaimsArgs({ filter: { speakerId: 'sensetime', aboutId: 'sensenova-5-5' }, first: 100 }),
      );
      expect(page.claims.map((c: Claim) => c.id).sort()).toEqual([
        'sensenova-5-5-30-percent-over-predecessor',
        'sensenova-5-5-key-enhancements',
        'sensenova-5-5-on-par-with-gpt-4o',
        'sensenova-5-5-superior-to-gpt-4o',
      ]);
      const interests = await store().claimInterest({ ids: ids(page.claims.map((c) => c.id)) });
      for (const interest of interests) {
        expect(interest).toMatchObject({ selfInterested: true, speakerIsSubject: false });
        expect(interest!.because.map((e) => e.id)).toEqual(['sensetime--DEVELOPED--sensenova-5-5']);
      }
    });

    it('Delangue on Qwen is an outsider; on Hugging Face, which he founded and leads, he is not', async () => {
      const [onQwen, onHuggingFace] = await store().claimInterest({
        ids: ids(['delangue-qwen-72b-is-the-king', 'delangue-praised-chinese-ai-firms']),
      });
      expect(onQwen).toEqual({
        claimId: 'delangue-qwen-72b-is-the-king',
        selfInterested: false,
        speakerIsSubject: false,
        because: [],
      });
      expect(onHuggingFace!.because.map((e) => e.id)).toEqual([
        'clement-delangue--FOUNDED--hugging-face',
        'clement-delangue--LEADS--hugging-face',
      ]);
    });

    it('the author is never self-interested', async () => {
      const page = await store().findClaims(parseClaimsArgs({ filter: { speakerId: ARTICLE_AUTHOR_ID }, first: 100 }));
      const interests = await store().claimInterest({ ids: ids(page.claims.map((c) => c.id)) });
      expect(interests.filter((i) => i!.selfInterested)).toEqual([]);
    });

    it('01.AI -> LLaMA rests on one sentence, in one source, by one independent speaker', async () => {
      const [support] = await store().edgeSupport({ ids: ids(['01-ai--DERIVED_FROM--llama']) });
      expect(support).toEqual({
        edgeId: '01-ai--DERIVED_FROM--llama',
        claims: 1,
        speakers: [{ speakerId: ARTICLE_AUTHOR_ID, independent: true }],
        independentSpeakers: 1,
        selfInterestedOnly: false,
        sourceIds: [ARTICLE_SOURCE_ID],
        contradictedBy: [],
      });
    });

    it('SenseNova 5.5 beating GPT-4o is asserted only by SenseTime, and Paul Triolo contradicts it', async () => {
      const [support] = await store().edgeSupport({ ids: ids(['sensenova-5-5--OUTPERFORMS--gpt-4o']) });
      expect(support).toMatchObject({ claims: 1, independentSpeakers: 0, selfInterestedOnly: true });
      expect(support!.speakers).toEqual([{ speakerId: 'sensetime', independent: false }]);
      expect(support!.contradictedBy.map((c) => c.id)).toEqual(['triolo-comparing-to-chatgpt-shows-how-far-behind']);
    });

    it('Schmidt against the "China is catching up" claims are disputes; his clash with Delangue draws the most speakers', async () => {
      const disputes = await allDisputes({ store: store() });
      const pairs = new Map(disputes.map((d) => [`${d.a.id}|${d.b.id}`, d]));
      expect(pairs.get('kai-fu-lee-gap-shrank-to-months|schmidt-us-still-far-ahead')?.reasons).toEqual([
        'CONTRADICTS',
        'OPPOSITE_STANCES',
      ]);
      expect(pairs.get('kai-fu-lee-catch-up-happening|schmidt-us-still-far-ahead')?.reasons).toEqual([
        'OPPOSITE_STANCES',
      ]);
      expect(
        pairs.get('kai-fu-lee-china-advantage-is-catching-up|schmidt-us-still-far-ahead')?.sharedSubjectIds,
      ).toEqual(['china']);
      const [top] = disputes;
      expect([top!.a.id, top!.b.id]).toEqual(['delangue-qwen-72b-is-the-king', 'schmidt-us-still-far-ahead']);
      expect(top!.participantIds).toEqual(
        [ARTICLE_AUTHOR_ID, 'clement-delangue', 'eric-schmidt', 'jenny-xiao', 'paul-triolo'].sort(),
      );
      // Ordered by participants, most first.
      const counts = disputes.map((d) => d.participantIds.length);
      expect(counts).toEqual([...counts].sort((x, y) => y - x));
    });
  });
}
