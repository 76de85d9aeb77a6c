/** Contract: timeline (placement by claim date, else source date; undated apart; period, subject, cut). */
import { parseTimelineArguments } from '../../server/queries/timeline/arguments';
import { expectInvalidArgument } from './contract-expectations';
import type { StoreGetter } from './graph-store-contract';
import { timelineBatch } from './timeline-fixture';

type Input = Parameters<typeof parseTimelineArguments>[0];

export function timelineContract({ store }: { store: StoreGetter }): void {
  describe('timeline', () => {
    const timeline = (input: Input = {}) => store().timeline(parseTimelineArguments(input));
    const entriesOf = async (input: Input = {}) =>
      (await timeline(input)).entries.map((e) => [e.at, e.placedBy, e.claim.id]);
    const onPublication = (id: string) => ['2024-07-10', 'SOURCE_DATE', id];

    it("places claims on their own iso date, else on their source's publication date, in time order", async () => {
      const answer = await timeline();
      expect(answer.entries.map((e) => [e.at, e.placedBy, e.claim.id])).toEqual([
        ['2023-12', 'CLAIM_DATE', 'v3-released'],
        ...['alibaba-rivals', 'cac-approved-qwen', 'glm-par-qwen', 'liang-leads', 'qwen-beats-v3'].map(onPublication),
      ]);
      expect(answer).toMatchObject({ totalCount: 6, undated: [], undatedCount: 0 });
      expect(answer.entries[0]!.claim.quote).toBe('DeepSeek released DeepSeek-V3 in December');
    });

    it('keeps entries overlapping the period, bounds open or inclusive', async () => {
      expect((await entriesOf({ from: '2024', to: '2024' })).map((e) => e[2])).toEqual([
        'alibaba-rivals',
        'cac-approved-qwen',
        'glm-par-qwen',
        'liang-leads',
        'qwen-beats-v3',
      ]);
      expect(await entriesOf({ to: '2023-12-31' })).toEqual([['2023-12', 'CLAIM_DATE', 'v3-released']]);
      expect(await entriesOf({ from: '2023-12-15', to: '2024-07-09' })).toEqual([
        ['2023-12', 'CLAIM_DATE', 'v3-released'],
      ]);
      expect(await timeline({ from: '2024-08' })).toMatchObject({ entries: [], totalCount: 0 });
    });

    it('lists claims by or about the subject only', async () => {
      expect((await entriesOf({ subject: 'deepseek' })).map((e) => e[2])).toEqual([
        'v3-released',
        'alibaba-rivals',
        'liang-leads',
      ]);
      expect(await timeline({ subject: 'nobody' })).toEqual({
        entries: [],
        totalCount: 0,
        undated: [],
        undatedCount: 0,
      });
    });

    it('lists relative dates of undated sources apart, places those of dated sources, and cuts at first', async () => {
      await store().writeBatch({ batch: timelineBatch() });
      const answer = await timeline({ from: '2025' });
      expect(answer.entries.map((e) => [e.at, e.placedBy, e.claim.id])).toEqual([
        ['2025-03', 'SOURCE_DATE', 'liang-six-months'],
        ['2030', 'CLAIM_DATE', 'zhipu-2030'],
      ]);
      expect(answer.undated.map((c) => c.id)).toEqual(['ada-recently']);
      expect(answer.undatedCount).toBe(1);
      const cut = await timeline({ first: 2 });
      expect(cut.entries.map((e) => e.claim.id)).toEqual(['v3-released', 'alibaba-rivals']);
      expect(cut.totalCount).toBe(8);
      expect((await timeline({ subject: 'zhipu' })).undated.map((c) => c.id)).toEqual(['ada-recently']);
    });

    it('rejects malformed bounds, an empty period and first out of range', async () => {
      expect(() => parseTimelineArguments({ from: 'July 9' })).toThrow(/^from: must be an ISO date prefix/);
      expect(() => parseTimelineArguments({ from: '2024-13' })).toThrow(/^from: /);
      expect(() => parseTimelineArguments({ from: '2025', to: '2024-12' })).toThrow(/^to: must not be before from/);
      await expectInvalidArgument(
        Promise.resolve().then(() => timeline({ first: 201 })),
        'first',
        /1 to 200/,
      );
    });
  });
}
