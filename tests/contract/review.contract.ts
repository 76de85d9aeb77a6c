/**
 * Contract: the review state (`review: proposed` from the extractor) survives both stores on every
 * record that crosses the port, and findClaims filters by it. A proposed source is written on top of
 * the fixture, so the other sections' expectations stay as they are.
 */
import { aBatch, aClaim, aCompany, aFactEdge, aMention, aModel, aSource } from '../support/builders';
import type { StoreGetter } from './graph-store-contract';
import { parseIdBatch } from '../../server/queries/argument-schemas';
import { parseClaimsArgs } from '../../server/queries/claims/arguments';
import { parseFactEdgesOfArgs } from '../../server/queries/entity-relationships/arguments';
import { parseNeighbourhoodArgs } from '../../server/queries/neighbourhood/arguments';
import { parseSearchArgs } from '../../server/queries/search/arguments';
import type { ClaimFilter } from '../../domain/graph-types';

const newsC = aSource({
  id: 'news-c',
  title: 'Proposed news',
  text: 'Roadrunner Labs says Roadrunner beats Qwen. José Núñez notes that Roadrunner Labs built Roadrunner.',
});

const proposedBatch = () =>
  aBatch({
    sources: [newsC],
    entities: [
      aCompany({
        id: 'roadrunner-labs',
        name: 'Roadrunner Labs',
        mentions: [aMention({ source: newsC, quote: 'Roadrunner Labs' })],
        review: 'proposed',
      }),
      aModel({
        id: 'roadrunner',
        name: 'Roadrunner',
        mentions: [aMention({ source: newsC, quote: 'Roadrunner beats' })],
        review: 'accepted',
      }),
    ],
    claims: [
      aClaim({
        id: 'roadrunner-beats-qwen',
        source: newsC,
        quote: 'Roadrunner beats Qwen',
        summary: 'Roadrunner Labs says its model beats Qwen',
        speakerId: 'roadrunner-labs',
        subjectIds: ['roadrunner', 'qwen'],
        review: 'proposed',
      }),
      aClaim({
        id: 'labs-built-roadrunner',
        source: newsC,
        quote: 'Roadrunner Labs built Roadrunner',
        summary: 'Roadrunner Labs built Roadrunner',
        kind: 'AUTHOR_ASSERTION',
        speakerId: 'jose-nunez',
        subjectIds: ['roadrunner-labs', 'roadrunner'],
        review: 'accepted',
      }),
    ],
    factEdges: [
      aFactEdge({
        type: 'OUTPERFORMS',
        from: 'roadrunner',
        to: 'qwen',
        claimIds: ['roadrunner-beats-qwen'],
        review: 'proposed',
      }),
      aFactEdge({ type: 'DEVELOPED', from: 'roadrunner-labs', to: 'roadrunner', claimIds: ['labs-built-roadrunner'] }),
    ],
  });

export function reviewContract({ store }: { store: StoreGetter }): void {
  describe('review state', () => {
    beforeEach(async () => {
      await store().writeBatch({ batch: proposedBatch() });
    });

    it('keeps review on entities, claims and edges, and leaves it out where the record has none', async () => {
      const [labs, model, qwen] = await store().getEntities(
        parseIdBatch({ ids: ['roadrunner-labs', 'roadrunner', 'qwen'] }),
      );
      expect(labs!.review).toBe('proposed');
      expect(model!.review).toBe('accepted');
      expect(qwen).not.toHaveProperty('review');
      const [proposed, accepted, handWritten] = await store().getClaims(
        parseIdBatch({ ids: ['roadrunner-beats-qwen', 'labs-built-roadrunner', 'v3-released'] }),
      );
      expect(proposed!.review).toBe('proposed');
      expect(accepted!.review).toBe('accepted');
      expect(handWritten).not.toHaveProperty('review');
      const edges = await store().getEdges(
        parseIdBatch({
          ids: [
            'roadrunner--OUTPERFORMS--qwen',
            'roadrunner-labs--DEVELOPED--roadrunner',
            'roadrunner-labs--SAID--roadrunner-beats-qwen',
            'jose-nunez--SAID--labs-built-roadrunner',
            'alibaba--SAID--qwen-beats-v3',
          ],
        }),
      );
      expect(edges.map((e) => e?.review)).toEqual(['proposed', undefined, 'proposed', 'accepted', undefined]);
      expect(edges[1]).not.toHaveProperty('review');
    });

    it('carries review into neighbourhood nodes and edges, search hits and fact edges of entities', async () => {
      const sub = await store().neighbourhood(parseNeighbourhoodArgs({ ids: ['roadrunner-beats-qwen'], depth: 1 }));
      const node = (id: string) => sub.nodes.find((n) => n.id === id);
      expect(node('roadrunner-beats-qwen')).toEqual({
        id: 'roadrunner-beats-qwen',
        type: 'Claim',
        label: 'Roadrunner Labs says its model beats Qwen',
        review: 'proposed',
      });
      expect(node('roadrunner-labs')!.review).toBe('proposed');
      expect(node('qwen')).toEqual({ id: 'qwen', type: 'Model', label: 'Qwen' });
      expect(sub.edges.find((e) => e.id === 'roadrunner-beats-qwen--ABOUT--qwen')!.review).toBe('proposed');
      const seeds = await store().neighbourhood(parseNeighbourhoodArgs({ ids: ['roadrunner-labs'], depth: 0 }));
      expect(seeds.nodes).toEqual([
        { id: 'roadrunner-labs', type: 'Company', label: 'Roadrunner Labs', review: 'proposed' },
      ]);
      const [hit] = await store().search(parseSearchArgs({ text: 'Roadrunner Labs' }));
      expect(hit.entity).toMatchObject({ id: 'roadrunner-labs', review: 'proposed' });
      const facts = await store().getFactEdgesOf(parseFactEdgesOfArgs({ ids: ['roadrunner'] }));
      expect(facts.map((e) => [e.id, e.review])).toEqual([
        ['roadrunner--OUTPERFORMS--qwen', 'proposed'],
        ['roadrunner-labs--DEVELOPED--roadrunner', undefined],
      ]);
    });

    it('findClaims filters by reviewed on every query path (plain, by entity, by words)', async () => {
      const idsFor = async (filter: ClaimFilter) => {
        const page = await store().findClaims(parseClaimsArgs({ filter, first: 100 }));
        expect(page.totalCount).toBe(page.claims.length);
        return page.claims.map((c) => c.id);
      };
      expect(await idsFor({ reviewed: false })).toEqual(['roadrunner-beats-qwen']);
      const reviewed = await idsFor({ reviewed: true });
      expect(reviewed).toHaveLength(11);
      expect(reviewed).toContain('labs-built-roadrunner');
      expect(await idsFor({ aboutId: 'roadrunner', reviewed: false })).toEqual(['roadrunner-beats-qwen']);
      expect(await idsFor({ aboutId: 'roadrunner', reviewed: true })).toEqual(['labs-built-roadrunner']);
      expect(await idsFor({ text: 'roadrunner', reviewed: true })).toEqual(['labs-built-roadrunner']);
      expect(await idsFor({ text: 'roadrunner', reviewed: false })).toEqual(['roadrunner-beats-qwen']);
      expect(await idsFor({ sourceId: 'news-c' })).toEqual(['roadrunner-beats-qwen', 'labs-built-roadrunner']);
    });
  });
}
