import { firstOfLevels } from '../../server/queries/neighbourhood/neo4j';

describe('firstOfLevels (Neo4j neighbourhood: the cut after the walk)', () => {
  it('orders by distance, then id within a level, and keeps the first `limit`', () => {
    const levels = [['s'], ['c', 'a', 'b'], ['z', 'y'], []];
    expect(firstOfLevels({ levels, limit: 3, cap: 100 })).toEqual({ ids: ['s', 'a', 'b'], foundCount: 6 });
    expect(firstOfLevels({ levels, limit: 10, cap: 100 }).ids).toEqual(['s', 'a', 'b', 'c', 'y', 'z']);
  });

  it('compares ids by code unit, as Cypher ORDER BY does (e10 before e9)', () => {
    expect(firstOfLevels({ levels: [[], ['e9', 'e10', 'E1']], limit: 5, cap: 100 }).ids).toEqual(['E1', 'e10', 'e9']);
  });

  it('counts what was found up to the cap, nothing when nothing was found', () => {
    expect(firstOfLevels({ levels: [['a'], ['b', 'c', 'd']], limit: 2, cap: 3 }).foundCount).toBe(3);
    expect(firstOfLevels({ levels: [[], [], [], []], limit: 150, cap: 10_150 })).toEqual({ ids: [], foundCount: 0 });
  });
});
