/** Contract: sources, topics and counts. */
import { modelRace, newsA, newsB } from './contract-fixture';
import type { StoreGetter } from './graph-store-contract';
import { parseSourceArgs } from '../../server/queries/source/arguments';

/** Counts of the fixture, worked out by hand (every type of the vocabulary, zeros included). */
export const FIXTURE_NODE_COUNTS = {
  Company: 3,
  Model: 3,
  Person: 3,
  Regulator: 1,
  Organization: 1,
  Place: 1,
  Event: 0,
  Benchmark: 0,
  Claim: 10,
  Source: 2,
};
export const FIXTURE_RELATIONSHIP_COUNTS: Record<string, number> = {
  DEVELOPED: 3,
  OUTPERFORMS: 1,
  ON_PAR_WITH: 1,
  COMPARED_WITH: 1,
  LEADS: 1,
  WORKS_AT: 1,
  BASED_IN: 1,
  APPROVED: 1,
  COMPETES_WITH: 1,
  SAID: 10,
  ABOUT: 20,
  STATED_IN: 10,
  SUPPORTS: 1,
  CONTRADICTS: 1,
};

export function sourcesContract({ store }: { store: StoreGetter }): void {
  describe('getSource / listSources / listTopics', () => {
    it('returns a source with its full text, or null', async () => {
      expect(await store().getSource(parseSourceArgs({ id: 'news-a' }))).toEqual(newsA);
      expect(await store().getSource(parseSourceArgs({ id: 'nope' }))).toBeNull();
      expect(await store().getSource(parseSourceArgs({ id: 'qwen' }))).toBeNull();
    });

    it('lists sources by id with their length and claim count, without text', async () => {
      const { text: textA, ...restA } = newsA;
      const { text: textB, ...restB } = newsB;
      expect(await store().listSources()).toEqual([
        { ...restA, length: textA.length, claimCount: 6 },
        { ...restB, length: textB.length, claimCount: 4 },
      ]);
    });

    it('counts length in UTF-16 code units', async () => {
      expect((await store().listSources())[1].length).toBe(newsB.text.length);
      expect(newsB.text.length).not.toBe(Buffer.byteLength(newsB.text, 'utf8'));
    });

    it('lists topics by id', async () => {
      expect(await store().listTopics()).toEqual([modelRace]);
    });
  });
}
