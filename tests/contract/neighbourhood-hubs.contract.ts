/**
 * Contract: hubs in a neighbourhood walk. A node with more than LIMITS.HUB_DEGREE relationships is shown
 * when reached but not walked through (unless it is a seed), and Subgraph.hubs names it; edges between
 * shown nodes are all there, those of a hub and between two hubs included.
 */
import { LIMITS } from '../../domain/limits';
import { FACT_RELATIONSHIP_TYPES } from '../../domain/vocabulary';
import { parseNeighbourhoodArgs } from '../../server/queries/neighbourhood/arguments';
import { aBatch, aClaim, aCompany, aFactEdge, aPerson, aSource, anEntity } from '../support/builders';
import type { StoreGetter } from './graph-store-contract';

const FACTS = [...FACT_RELATIONSHIP_TYPES];
const SPOKES = LIMITS.HUB_DEGREE + 1;
const spokeId = (i: number) => `spoke-${String(i).padStart(5, '0')}`;

/** asker -> hub; hub and hub-b each joined to every spoke, and to each other. */
function hubBatch() {
  const source = aSource({ id: 'hub-source', text: 'Everything is located in the hub.' });
  const claim = aClaim({ id: 'hub-claim', source, speakerId: 'asker', subjectIds: ['hub'] });
  const spokes = Array.from({ length: SPOKES }, (_, i) => aCompany({ id: spokeId(i), name: `Spoke ${i}` }));
  const fact = (from: string, type: 'BASED_IN' | 'PART_OF', to: string) =>
    aFactEdge({ from, type, to, claimIds: ['hub-claim'] });
  return aBatch({
    sources: [source],
    entities: [
      aPerson({ id: 'asker', name: 'Asker' }),
      anEntity({ id: 'hub', name: 'Hub', type: 'Place' }),
      anEntity({ id: 'hub-b', name: 'Hub B', type: 'Place' }),
      ...spokes,
    ],
    claims: [claim],
    factEdges: [
      fact('asker', 'BASED_IN', 'hub'),
      fact('hub', 'PART_OF', 'hub-b'),
      ...spokes.flatMap((spoke) => [fact(spoke.id, 'BASED_IN', 'hub'), fact(spoke.id, 'PART_OF', 'hub-b')]),
    ],
  });
}

export function neighbourhoodHubsContract({ store }: { store: StoreGetter }): void {
  describe('neighbourhood around hubs', () => {
    beforeEach(async () => {
      await store().writeBatch({ batch: hubBatch() });
    });

    it('a hub reached by the walk is shown, named in hubs, and not walked through', async () => {
      const sub = await store().neighbourhood(
        parseNeighbourhoodArgs({ ids: ['asker'], depth: 2, relationshipTypes: FACTS }),
      );
      expect(sub.nodes.map((n) => n.id)).toEqual(['asker', 'hub']);
      expect(sub.edges.map((e) => e.id)).toEqual(['asker--BASED_IN--hub']);
      expect(sub).toMatchObject({ truncated: false, omittedNodes: 0, hubs: ['hub'] });
    });

    it('a hub the depth would not walk through anyway is not named', async () => {
      const sub = await store().neighbourhood(
        parseNeighbourhoodArgs({ ids: ['asker'], depth: 1, relationshipTypes: FACTS }),
      );
      expect(sub.nodes.map((n) => n.id)).toEqual(['asker', 'hub']);
      expect(sub.hubs).toEqual([]);
    });

    it('a hub as seed is walked; edges of the hub and between two hubs are all in the answer', async () => {
      const sub = await store().neighbourhood(
        parseNeighbourhoodArgs({ ids: ['hub'], depth: 1, relationshipTypes: FACTS, limit: 5 }),
      );
      expect(sub.nodes.map((n) => n.id)).toEqual(['hub', 'asker', 'hub-b', spokeId(0), spokeId(1)]);
      expect(sub).toMatchObject({ truncated: true, omittedNodes: SPOKES - 2, hubs: [] });
      expect(sub.edges.map((e) => e.id)).toEqual([
        'asker--BASED_IN--hub',
        'hub--PART_OF--hub-b',
        `${spokeId(0)}--BASED_IN--hub`,
        `${spokeId(0)}--PART_OF--hub-b`,
        `${spokeId(1)}--BASED_IN--hub`,
        `${spokeId(1)}--PART_OF--hub-b`,
      ]);
    });

    it('depth 2 from a hub seed does not walk the second hub it reaches', async () => {
      const sub = await store().neighbourhood(
        parseNeighbourhoodArgs({ ids: ['hub'], depth: 2, relationshipTypes: FACTS, limit: 3 }),
      );
      expect(sub.nodes.map((n) => n.id)).toEqual(['hub', 'asker', 'hub-b']);
      expect(sub.hubs).toEqual(['hub-b']);
    });
  });
}
