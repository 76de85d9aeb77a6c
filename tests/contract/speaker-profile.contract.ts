/** Contract: speakerProfile (claims, stances, ties and self-interest, who agrees or disagrees). */
import { parseSpeakerProfileArguments } from '../../server/queries/speaker-profile/arguments';
import type { StoreGetter } from './graph-store-contract';
import { debateBatch } from './weighing-fixture';

export function speakerProfileContract({ store }: { store: StoreGetter }): void {
  describe('speakerProfile', () => {
    const profileOf = (id: string, first?: number) =>
      store().speakerProfile(parseSpeakerProfileArguments({ id, first }));

    it("counts a company's self-interested claim about its own model and the author who contradicts it", async () => {
      const profile = await profileOf('alibaba');
      expect(profile).toMatchObject({
        speakerId: 'alibaba',
        claimCount: 1,
        stances: [{ topicId: 'model-race', stance: 'qwen-leads', claims: 1 }],
        selfInterestedClaims: 1,
        ties: [{ entityId: 'qwen', edgeIds: ['alibaba--DEVELOPED--qwen'], claims: 1 }],
        // The contradiction and the opposite stance are one pair of claims: counted once.
        counterparts: [{ speakerId: 'jose-nunez', agreements: 0, disagreements: 1 }],
      });
      expect(profile!.claims.map((c) => c.id)).toEqual(['qwen-beats-v3']);
    });

    it('lists topic-only claims with a null stance, ties in both directions, and ignores support among its own claims', async () => {
      const profile = await profileOf('zhipu');
      expect(profile).toMatchObject({
        claimCount: 2,
        stances: [{ topicId: 'model-race', stance: null, claims: 1 }],
        selfInterestedClaims: 2,
        ties: [
          { entityId: 'glm-4', edgeIds: ['zhipu--DEVELOPED--glm-4'], claims: 2 },
          { entityId: 'ada', edgeIds: ['ada--WORKS_AT--zhipu'], claims: 0 },
        ],
        counterparts: [],
      });
      expect(profile!.claims.map((c) => c.id)).toEqual(['glm-par-qwen', 'zhipu-built-glm']);
      const cut = await profileOf('zhipu', 1);
      expect(cut!.claims.map((c) => c.id)).toEqual(['glm-par-qwen']);
      expect(cut!.claimCount).toBe(2);
    });

    it('finds agreement through SUPPORTS and shared stances, disagreement through opposite stances on a shared subject', async () => {
      await store().writeBatch({ batch: debateBatch() });
      const profile = await profileOf('ada');
      expect(profile!.counterparts).toEqual([
        { speakerId: 'alibaba', agreements: 0, disagreements: 1 },
        { speakerId: 'jose-nunez', agreements: 1, disagreements: 0 },
        { speakerId: 'liang-wenfeng', agreements: 1, disagreements: 0 },
      ]);
      expect(profile).toMatchObject({
        selfInterestedClaims: 0,
        stances: [{ topicId: 'model-race', stance: 'deepseek-leads', claims: 1 }],
      });
      expect((await profileOf('alibaba'))!.counterparts).toEqual([
        { speakerId: 'ada', agreements: 0, disagreements: 1 },
        { speakerId: 'jose-nunez', agreements: 0, disagreements: 1 },
      ]);
    });

    it('is null for unknown ids and claim ids; an entity that said nothing has an empty profile', async () => {
      expect(await profileOf('nobody')).toBeNull();
      expect(await profileOf('qwen-beats-v3')).toBeNull();
      expect(await profileOf('beijing')).toEqual({
        speakerId: 'beijing',
        claimCount: 0,
        claims: [],
        stances: [],
        selfInterestedClaims: 0,
        ties: [],
        counterparts: [],
      });
      expect(() => parseSpeakerProfileArguments({ id: 'x', first: 0 })).toThrow(
        /^first: must be an integer from 1 to 100/,
      );
    });
  });
}
