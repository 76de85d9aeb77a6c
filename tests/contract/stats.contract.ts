/** Contract of stats (server/queries/stats/): every vocabulary type counted, zeros included, in vocabulary order. */
import { NODE_TYPES, RELATIONSHIP_TYPES } from '../../domain/vocabulary';
import { FIXTURE_NODE_COUNTS, FIXTURE_RELATIONSHIP_COUNTS } from './sources.contract';
import type { StoreGetter } from './graph-store-contract';

export function statsContract({ store }: { store: StoreGetter }): void {
  describe('stats', () => {
    it('counts every node and relationship type of the vocabulary, in vocabulary order, zeros included', async () => {
      const stats = await store().stats();
      expect(stats.nodes).toEqual(NODE_TYPES.map((type) => ({ type, count: FIXTURE_NODE_COUNTS[type] })));
      expect(stats.relationships).toEqual(
        RELATIONSHIP_TYPES.map((type) => ({ type, count: FIXTURE_RELATIONSHIP_COUNTS[type] ?? 0 })),
      );
    });
  });
}
