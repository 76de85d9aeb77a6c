/** Contract: breadth-first neighbourhoods (semantics in graph-store-contract.ts). */
import { FACT_RELATIONSHIP_TYPES } from '../../domain/vocabulary';
import type { StoreGetter } from './graph-store-contract';
import { parseNeighbourhoodArgs } from '../../server/queries/neighbourhood/arguments';

const FACTS = [...FACT_RELATIONSHIP_TYPES];

export function neighbourhoodContract({ store }: { store: StoreGetter }): void {
  describe('neighbourhood', () => {
    const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);

    it('depth 0 is the seeds alone', async () => {
      const sub = await store().neighbourhood(parseNeighbourhoodArgs({ ids: ['qwen'], depth: 0 }));
      expect(sub).toEqual({
        nodes: [{ id: 'qwen', type: 'Model', label: 'Qwen' }],
        edges: [],
        truncated: false,
        omittedNodes: 0,
        hubs: [],
      });
    });

    it('depth 1 over fact edges: nodes by (distance, id), every edge between them by id', async () => {
      const sub = await store().neighbourhood(
        parseNeighbourhoodArgs({ ids: ['qwen'], depth: 1, relationshipTypes: FACTS }),
      );
      expect(ids(sub.nodes)).toEqual(['qwen', 'alibaba', 'cac', 'deepseek-v3', 'glm-4']);
      expect(sub.nodes[2]).toEqual({ id: 'cac', type: 'Regulator', label: 'Cyberspace Administration of China' });
      expect(ids(sub.edges)).toEqual([
        'alibaba--DEVELOPED--qwen',
        'cac--APPROVED--qwen',
        'glm-4--ON_PAR_WITH--qwen',
        'qwen--COMPARED_WITH--deepseek-v3',
        'qwen--OUTPERFORMS--deepseek-v3',
      ]);
      expect(sub.edges[4]).toEqual({
        id: 'qwen--OUTPERFORMS--deepseek-v3',
        type: 'OUTPERFORMS',
        from: 'qwen',
        to: 'deepseek-v3',
        role: 'coding',
        claimIds: ['qwen-beats-v3'],
      });
      expect(sub.truncated).toBe(false);
    });

    it('depth 2 walks edges against their direction and includes edges off the BFS tree', async () => {
      const sub = await store().neighbourhood(
        parseNeighbourhoodArgs({ ids: ['liang-wenfeng'], depth: 2, relationshipTypes: FACTS }),
      );
      expect(ids(sub.nodes)).toEqual(['liang-wenfeng', 'deepseek', 'alibaba', 'deepseek-v3']);
      expect(ids(sub.edges)).toEqual([
        'alibaba--COMPETES_WITH--deepseek',
        'deepseek--DEVELOPED--deepseek-v3',
        'liang-wenfeng--LEADS--deepseek',
      ]);
      const wide = await store().neighbourhood(
        parseNeighbourhoodArgs({ ids: ['deepseek'], depth: 1, relationshipTypes: FACTS }),
      );
      expect(ids(wide.nodes)).toEqual(['deepseek', 'alibaba', 'deepseek-v3', 'liang-wenfeng']);
    });

    it('by default walks fact edges plus SAID and ABOUT, with claims labelled by their summary', async () => {
      const sub = await store().neighbourhood(parseNeighbourhoodArgs({ ids: ['qwen'] }));
      expect(ids(sub.nodes)).toEqual([
        'qwen',
        'alibaba',
        'cac',
        'cac-approved-qwen',
        'deepseek-v3',
        'glm-4',
        'glm-par-qwen',
        'qwen-beats-v3',
        'qwen-not-better',
      ]);
      expect(sub.nodes.find((n) => n.id === 'qwen-beats-v3')).toEqual({
        id: 'qwen-beats-v3',
        type: 'Claim',
        label: 'Alibaba says Qwen codes better than DeepSeek-V3',
      });
      expect(ids(sub.edges)).toEqual([
        'alibaba--DEVELOPED--qwen',
        'alibaba--SAID--qwen-beats-v3',
        'cac--APPROVED--qwen',
        'cac-approved-qwen--ABOUT--cac',
        'cac-approved-qwen--ABOUT--qwen',
        'glm-4--ON_PAR_WITH--qwen',
        'glm-par-qwen--ABOUT--glm-4',
        'glm-par-qwen--ABOUT--qwen',
        'qwen--COMPARED_WITH--deepseek-v3',
        'qwen--OUTPERFORMS--deepseek-v3',
        'qwen-beats-v3--ABOUT--deepseek-v3',
        'qwen-beats-v3--ABOUT--qwen',
        'qwen-not-better--ABOUT--deepseek-v3',
        'qwen-not-better--ABOUT--qwen',
      ]);
    });

    it('only walks the given relationship types', async () => {
      const sub = await store().neighbourhood(
        parseNeighbourhoodArgs({ ids: ['qwen-not-better'], depth: 1, relationshipTypes: ['CONTRADICTS'] }),
      );
      expect(ids(sub.nodes)).toEqual(['qwen-not-better', 'qwen-beats-v3']);
      expect(ids(sub.edges)).toEqual(['qwen-not-better--CONTRADICTS--qwen-beats-v3']);
      const none = await store().neighbourhood(
        parseNeighbourhoodArgs({ ids: ['qwen'], depth: 2, relationshipTypes: [] }),
      );
      expect(ids(none.nodes)).toEqual(['qwen']);
    });

    it('neither includes nor walks through nodes of other types, but always includes the seeds', async () => {
      const sub = await store().neighbourhood(
        parseNeighbourhoodArgs({ ids: ['qwen'], depth: 2, relationshipTypes: FACTS, nodeTypes: ['Company'] }),
      );
      expect(ids(sub.nodes)).toEqual(['qwen', 'alibaba', 'deepseek']);
      expect(ids(sub.edges)).toEqual(['alibaba--COMPETES_WITH--deepseek', 'alibaba--DEVELOPED--qwen']);
    });

    it('leaves Source nodes out unless asked for', async () => {
      const args = { ids: ['qwen-beats-v3'], depth: 1, relationshipTypes: ['STATED_IN' as const] };
      expect(ids((await store().neighbourhood(parseNeighbourhoodArgs(args))).nodes)).toEqual(['qwen-beats-v3']);
      const withSources = await store().neighbourhood(parseNeighbourhoodArgs({ ...args, nodeTypes: ['Source'] }));
      expect(withSources.nodes).toEqual([
        { id: 'qwen-beats-v3', type: 'Claim', label: 'Alibaba says Qwen codes better than DeepSeek-V3' },
        { id: 'news-a', type: 'Source', label: 'The model race' },
      ]);
      expect(ids(withSources.edges)).toEqual(['qwen-beats-v3--STATED_IN--news-a']);
    });

    it('cuts at `limit` by (distance, id), reports the exact number left out, and keeps only edges inside', async () => {
      const sub = await store().neighbourhood(
        parseNeighbourhoodArgs({ ids: ['qwen'], depth: 1, relationshipTypes: FACTS, limit: 3 }),
      );
      expect(ids(sub.nodes)).toEqual(['qwen', 'alibaba', 'cac']);
      expect(sub.truncated).toBe(true);
      expect(sub.omittedNodes).toBe(2);
      expect(ids(sub.edges)).toEqual(['alibaba--DEVELOPED--qwen', 'cac--APPROVED--qwen']);
      const exact = await store().neighbourhood(
        parseNeighbourhoodArgs({ ids: ['qwen'], depth: 1, relationshipTypes: FACTS, limit: 5 }),
      );
      expect([exact.truncated, exact.omittedNodes]).toEqual([false, 0]);
    });

    it('accepts several seeds, ignores unknown ones, and returns an empty subgraph when none is known', async () => {
      const sub = await store().neighbourhood(parseNeighbourhoodArgs({ ids: ['lonely', 'nope', 'beijing'] }));
      expect(ids(sub.nodes)).toEqual(['beijing', 'lonely', 'lonely-claim', 'zhipu', 'zhipu-built-glm']);
      expect(ids(sub.edges)).toEqual([
        'lonely--SAID--lonely-claim',
        'lonely-claim--ABOUT--lonely',
        'zhipu--BASED_IN--beijing',
        'zhipu--SAID--zhipu-built-glm',
        'zhipu-built-glm--ABOUT--beijing',
        'zhipu-built-glm--ABOUT--zhipu',
      ]);
      expect(await store().neighbourhood(parseNeighbourhoodArgs({ ids: ['nope'] }))).toEqual({
        nodes: [],
        edges: [],
        truncated: false,
        omittedNodes: 0,
        hubs: [],
      });
    });
  });
}
