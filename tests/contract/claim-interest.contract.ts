/** Contract: Claim.interest (self-interest rule) and Claim.supportedBy. */
import { parseClaimIdList } from '../../server/queries/claim-ids';
import type { StoreGetter } from './graph-store-contract';
import { authorColumnBatch, debateBatch } from './weighing-fixture';

const ids = (list: string[]) => parseClaimIdList({ ids: list });

export function claimInterestContract({ store }: { store: StoreGetter }): void {
  describe('claimInterest', () => {
    const interestOf = async (id: string) => (await store().claimInterest({ ids: ids([id]) }))[0];

    it('names the DEVELOPED edge when a company speaks about its own model', async () => {
      expect(await interestOf('qwen-beats-v3')).toEqual({
        claimId: 'qwen-beats-v3',
        selfInterested: true,
        speakerIsSubject: false,
        because: [
          {
            id: 'alibaba--DEVELOPED--qwen',
            type: 'DEVELOPED',
            from: 'alibaba',
            to: 'qwen',
            role: null,
            claimIds: ['qwen-beats-v3'],
          },
        ],
      });
    });

    it('counts the speaker being a subject, and only DEVELOPED/LEADS/FOUNDED/WORKS_AT ties (not BASED_IN)', async () => {
      const [built, lonely] = await store().claimInterest({ ids: ids(['zhipu-built-glm', 'lonely-claim']) });
      expect(built).toMatchObject({ selfInterested: true, speakerIsSubject: true });
      expect(built!.because.map((e) => e.id)).toEqual(['zhipu--DEVELOPED--glm-4']);
      expect(lonely).toEqual({ claimId: 'lonely-claim', selfInterested: true, speakerIsSubject: true, because: [] });
    });

    it('is not self-interested without ties, and answers in request order with null for unknown ids', async () => {
      const result = await store().claimInterest({ ids: ids(['qwen-not-better', 'nope', 'glm-par-qwen']) });
      expect(result[0]).toEqual({
        claimId: 'qwen-not-better',
        selfInterested: false,
        speakerIsSubject: false,
        because: [],
      });
      expect(result[1]).toBeNull();
      expect(result[2]!.because.map((e) => e.id)).toEqual(['zhipu--DEVELOPED--glm-4']);
      expect(await store().claimInterest({ ids: ids([]) })).toEqual([]);
    });

    it("never makes the source's author self-interested, even about their own employer", async () => {
      await store().writeBatch({ batch: authorColumnBatch() });
      expect(await interestOf('nunez-at-alibaba')).toEqual({
        claimId: 'nunez-at-alibaba',
        selfInterested: false,
        speakerIsSubject: false,
        because: [],
      });
    });
  });

  describe('claimsSupporting', () => {
    it('lists the claims supporting each claim, in claim order; [] when none or unknown', async () => {
      await store().writeBatch({ batch: debateBatch() });
      const result = await store().claimsSupporting({
        ids: ids(['glm-par-qwen', 'ada-doubts-qwen', 'lonely-claim', 'nope']),
      });
      expect(result.map((claims) => claims.map((c) => c.id))).toEqual([
        ['zhipu-built-glm'],
        ['liang-backs-ada'],
        [],
        [],
      ]);
      expect(result[0]![0]).toMatchObject({ speakerId: 'zhipu', supportsIds: ['glm-par-qwen'] });
    });
  });
}
