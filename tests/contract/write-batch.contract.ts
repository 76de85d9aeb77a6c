/** Contract: writeBatch replace semantics, idempotency and all-or-nothing rejection. */
import type { GraphBatch } from '../../server/store/graph-store';
import { InvalidArgumentError } from '../../server/errors/api-errors';
import { aBatch, aClaim, aFactEdge, aSource } from '../support/builders';
import {
  ALL_CLAIM_IDS,
  ALL_ENTITY_IDS,
  ALL_FACT_EDGE_IDS,
  claims,
  fixtureBatch,
  newsB,
  sourceBatch,
  storedClaim,
} from './contract-fixture';
import { expectInvalidArgument } from './contract-expectations';
import type { StoreGetter } from './graph-store-contract';
import { parseClaimsArgs } from '../../server/queries/claims/arguments';
import { parseIdBatch } from '../../server/queries/argument-schemas';
import { parseNeighbourhoodArgs } from '../../server/queries/neighbourhood/arguments';
import { parseSourceArgs } from '../../server/queries/source/arguments';

export function writeBatchContract({ store }: { store: StoreGetter }): void {
  /** Everything readable through the port, to compare before and after a write. */
  const snapshot = async () => {
    const [entities, claimRecords, stats, sources, topics, page] = await Promise.all([
      store().getEntities(parseIdBatch({ ids: ALL_ENTITY_IDS })),
      store().getClaims(parseIdBatch({ ids: ALL_CLAIM_IDS })),
      store().stats(),
      store().listSources(),
      store().listTopics(),
      store().findClaims(parseClaimsArgs({ first: 100 })),
    ]);
    const edgeIds = [...new Set(page.claims.flatMap((c) => c.assertsEdgeIds)), ...ALL_FACT_EDGE_IDS];
    const edges = await store().getEdges(parseIdBatch({ ids: edgeIds }));
    const subgraph = await store().neighbourhood(
      parseNeighbourhoodArgs({ ids: ALL_ENTITY_IDS.slice(0, 50), depth: 3, limit: 500 }),
    );
    return { entities, claims: claimRecords, stats, sources, topics, edges, subgraph };
  };

  describe('writeBatch', () => {
    it('summarises what the batch held', async () => {
      await store().writeBatch({ batch: aBatch() }); // an empty batch is allowed and changes nothing
      expect(await store().writeBatch({ batch: fixtureBatch() })).toEqual({
        entities: 12,
        claims: 10,
        factEdges: 11,
        sources: 2,
        topics: 1,
      });
    });

    it('is idempotent: writing the same batch (or one source of it) again changes nothing', async () => {
      const before = await snapshot();
      await store().writeBatch({ batch: fixtureBatch() });
      expect(await snapshot()).toEqual(before);
      await store().writeBatch({ batch: sourceBatch({ sourceIds: ['news-b'] }) });
      expect(await snapshot()).toEqual(before);
    });

    it('editing one claim changes only that claim', async () => {
      const before = await snapshot();
      const batch = fixtureBatch();
      batch.claims = batch.claims.map((c) =>
        c.id === 'ada-at-zhipu' ? { ...c, summary: 'Ada Lovelace does research at Zhipu AI' } : c,
      );
      await store().writeBatch({ batch });
      const after = await snapshot();
      const index = ALL_CLAIM_IDS.indexOf('ada-at-zhipu');
      expect(after.claims[index]).toEqual({
        ...storedClaim('ada-at-zhipu'),
        summary: 'Ada Lovelace does research at Zhipu AI',
      });
      expect(after.claims.filter((_, i) => i !== index)).toEqual(before.claims.filter((_, i) => i !== index));
      expect({ ...after, claims: [], subgraph: null }).toEqual({ ...before, claims: [], subgraph: null });
      expect(after.subgraph.edges).toEqual(before.subgraph.edges);
    });

    it('a claim dropped from its source batch disappears with its edges; other sources keep their claims on shared facts', async () => {
      const before = await snapshot();
      await store().writeBatch({ batch: sourceBatch({ sourceIds: ['news-b'], without: ['zhipu-built-glm'] }) });
      expect(await store().getClaims(parseIdBatch({ ids: ['zhipu-built-glm'] }))).toEqual([null]);
      expect(
        await store().getEdges(
          parseIdBatch({
            ids: [
              'zhipu--SAID--zhipu-built-glm',
              'zhipu-built-glm--ABOUT--beijing',
              'zhipu-built-glm--STATED_IN--news-b',
              'zhipu-built-glm--SUPPORTS--glm-par-qwen',
              'zhipu--BASED_IN--beijing',
            ],
          }),
        ),
      ).toEqual([null, null, null, null, null]);
      expect(await store().getEdges(parseIdBatch({ ids: ['zhipu--DEVELOPED--glm-4'] }))).toEqual([
        {
          id: 'zhipu--DEVELOPED--glm-4',
          type: 'DEVELOPED',
          from: 'zhipu',
          to: 'glm-4',
          role: null,
          claimIds: ['glm-par-qwen'],
        },
      ]);
      const others = ALL_CLAIM_IDS.filter((id) => id !== 'zhipu-built-glm');
      expect(await store().getClaims(parseIdBatch({ ids: others }))).toEqual(others.map(storedClaim));
      expect(await store().getEntities(parseIdBatch({ ids: ALL_ENTITY_IDS }))).toEqual(before.entities); // entities are never deleted
      expect((await store().listSources()).map((s) => s.claimCount)).toEqual([6, 3]);
      const counts = Object.fromEntries((await store().stats()).relationships.map((r) => [r.type, r.count]));
      expect(counts).toMatchObject({ SAID: 9, ABOUT: 17, STATED_IN: 9, SUPPORTS: 0, BASED_IN: 0, DEVELOPED: 3 });
    });

    it('a fact edge keeps the claims of other sources and takes the batch role', async () => {
      const extra = aSource({ id: 'news-c', text: 'Qwen beats DeepSeek-V3 at maths.' });
      const claim = aClaim({
        id: 'qwen-maths',
        source: extra,
        quote: 'Qwen beats DeepSeek-V3 at maths',
        speakerId: 'alibaba',
        subjectIds: ['qwen'],
      });
      const edge = aFactEdge({
        type: 'OUTPERFORMS',
        from: 'qwen',
        to: 'deepseek-v3',
        role: 'maths',
        claimIds: ['qwen-maths'],
      });
      await store().writeBatch({ batch: aBatch({ sources: [extra], claims: [claim], factEdges: [edge] }) });
      expect(await store().getEdges(parseIdBatch({ ids: [edge.id] }))).toEqual([
        { ...edge, claimIds: ['qwen-beats-v3', 'qwen-maths'] },
      ]);
      expect((await store().getClaims(parseIdBatch({ ids: ['qwen-maths'] })))[0]!.assertsEdgeIds).toEqual([edge.id]);
    });

    describe('rejects an inconsistent batch with InvalidArgumentError("batch") and writes none of it', () => {
      const newSource = aSource({ id: 'news-new', title: 'New', text: 'Qwen is new here.' });
      const goodClaim = aClaim({
        id: 'new-claim',
        source: newSource,
        quote: 'Qwen is new',
        speakerId: 'alibaba',
        subjectIds: ['qwen'],
      });
      const cases: [string, GraphBatch, RegExp][] = [
        ['unknown speaker', aBatch({ sources: [newSource], claims: [{ ...goodClaim, speakerId: 'ghost' }] }), /ghost/],
        [
          'span not in the text',
          aBatch({ sources: [newSource], claims: [{ ...goodClaim, span: { ...goodClaim.span, start: 1, end: 12 } }] }),
          /new-claim/,
        ],
        ['unknown source', aBatch({ claims: [goodClaim] }), /news-new/],
        [
          'fact edge with no claims',
          aBatch({
            sources: [newSource],
            claims: [goodClaim],
            factEdges: [aFactEdge({ from: 'alibaba', to: 'qwen', claimIds: [] })],
          }),
          /claimIds/,
        ],
        [
          'fact edge id not derived from its ends',
          aBatch({
            sources: [newSource],
            claims: [goodClaim],
            factEdges: [{ ...aFactEdge({ from: 'alibaba', to: 'qwen', claimIds: ['new-claim'] }), id: 'x' }],
          }),
          /alibaba--DEVELOPED--qwen/,
        ],
        [
          'id used by another kind of node',
          aBatch({ sources: [newSource], claims: [{ ...goodClaim, id: 'qwen' }] }),
          /qwen/,
        ],
        [
          'unknown claim kind',
          aBatch({ sources: [newSource], claims: [{ ...goodClaim, kind: 'RUMOUR' as never }] }),
          /kind/,
        ],
        ['missing list', { sources: [newSource] } as unknown as GraphBatch, /topics/],
      ];
      it.each(cases)('%s', async (_label, batch, message) => {
        const before = await snapshot();
        await expectInvalidArgument(store().writeBatch({ batch }), 'batch', message);
        expect(await store().getSource(parseSourceArgs({ id: 'news-new' }))).toBeNull();
        expect(await store().getClaims(parseIdBatch({ ids: ['new-claim'] }))).toEqual([null]);
        expect(await snapshot()).toEqual(before);
      });

      it('also when the bad record comes after good ones that replace stored data', async () => {
        const before = await snapshot();
        const batch = fixtureBatch();
        batch.claims = [...batch.claims.slice(1), { ...claims[0], speakerId: 'ghost' }];
        await expect(store().writeBatch({ batch })).rejects.toBeInstanceOf(InvalidArgumentError);
        expect(await snapshot()).toEqual(before);
        expect(newsB.id).toBe('news-b');
      });
    });
  });
}
