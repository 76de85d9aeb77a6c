/** Contract: disputes (CONTRADICTS or opposite stances about a shared subject), ordered and paged. */
import { parseDisputesArguments } from '../../server/queries/disputes/arguments';
import type { StoreGetter } from './graph-store-contract';
import { debateBatch } from './weighing-fixture';

export function disputesContract({ store }: { store: StoreGetter }): void {
  describe('disputes', () => {
    it('joins a contradiction that is also a clash of stances into one pair with both reasons', async () => {
      const page = await store().disputes(parseDisputesArguments({}));
      expect(page.totalCount).toBe(1);
      expect(page.hasNextPage).toBe(false);
      expect(page.disputes).toHaveLength(1);
      const [dispute] = page.disputes;
      expect(dispute!.a.id).toBe('qwen-beats-v3');
      expect(dispute!.b.id).toBe('qwen-not-better');
      expect(dispute).toMatchObject({
        reasons: ['CONTRADICTS', 'OPPOSITE_STANCES'],
        sharedSubjectIds: ['deepseek-v3', 'qwen'],
        participantIds: ['alibaba', 'jose-nunez'],
      });
      expect(dispute!.a.quote).toBe('Qwen outperforms DeepSeek-V3 at coding');
    });

    it('orders by participants (supporters’ speakers count) and pages with first/after', async () => {
      await store().writeBatch({ batch: debateBatch() });
      const first = await store().disputes(parseDisputesArguments({ first: 1 }));
      expect(first.totalCount).toBe(2);
      expect(first.hasNextPage).toBe(true);
      expect(first.disputes.map((d) => [d.a.id, d.b.id, d.reasons, d.participantIds])).toEqual([
        ['ada-doubts-qwen', 'qwen-beats-v3', ['OPPOSITE_STANCES'], ['ada', 'alibaba', 'liang-wenfeng']],
      ]);
      const second = await store().disputes(parseDisputesArguments({ first: 1, after: first.cursors[0] }));
      expect(second.disputes.map((d) => [d.a.id, d.b.id])).toEqual([['qwen-beats-v3', 'qwen-not-better']]);
      expect(second.hasNextPage).toBe(false);
      expect(second.totalCount).toBe(2);
      const rest = await store().disputes(parseDisputesArguments({ after: second.cursors[0] }));
      expect(rest).toEqual({ disputes: [], cursors: [], hasNextPage: false, totalCount: 2 });
    });

    it('does not pair same-stance claims or claims without a shared subject', async () => {
      await store().writeBatch({ batch: debateBatch() });
      const page = await store().disputes(parseDisputesArguments({ first: 50 }));
      const pairs = page.disputes.map((d) => `${d.a.id}|${d.b.id}`);
      expect(pairs).not.toContain('ada-doubts-qwen|qwen-not-better'); // both deepseek-leads
      expect(pairs.some((p) => p.includes('glm-par-qwen'))).toBe(false); // topic but no stance
    });
  });
}
