/** Contract: all shortest undirected paths (semantics in graph-store-contract.ts). */
import type { StoreGetter } from './graph-store-contract';
import { parseShortestPathsArgs } from '../../server/queries/shortest-paths/arguments';

export function shortestPathsContract({ store }: { store: StoreGetter }): void {
  describe('shortestPaths', () => {
    it('returns every shortest path, sorted by node ids then edge ids (parallel edges give separate paths)', async () => {
      const paths = await store().shortestPaths(parseShortestPathsArgs({ from: 'alibaba', to: 'deepseek-v3' }));
      expect(paths).toEqual([
        {
          nodeIds: ['alibaba', 'deepseek', 'deepseek-v3'],
          edgeIds: ['alibaba--COMPETES_WITH--deepseek', 'deepseek--DEVELOPED--deepseek-v3'],
        },
        {
          nodeIds: ['alibaba', 'qwen', 'deepseek-v3'],
          edgeIds: ['alibaba--DEVELOPED--qwen', 'qwen--COMPARED_WITH--deepseek-v3'],
        },
        {
          nodeIds: ['alibaba', 'qwen', 'deepseek-v3'],
          edgeIds: ['alibaba--DEVELOPED--qwen', 'qwen--OUTPERFORMS--deepseek-v3'],
        },
      ]);
    });

    it('walks edges in either direction and keeps the first `limit` paths', async () => {
      const paths = await store().shortestPaths(
        parseShortestPathsArgs({ from: 'deepseek-v3', to: 'alibaba', limit: 2 }),
      );
      expect(paths.map((p) => p.nodeIds)).toEqual([
        ['deepseek-v3', 'deepseek', 'alibaba'],
        ['deepseek-v3', 'qwen', 'alibaba'],
      ]);
      expect(paths[1].edgeIds).toEqual(['qwen--COMPARED_WITH--deepseek-v3', 'alibaba--DEVELOPED--qwen']);
    });

    it('is bounded by maxHops (default 4)', async () => {
      expect(await store().shortestPaths(parseShortestPathsArgs({ from: 'liang-wenfeng', to: 'ada' }))).toEqual([]);
      expect(
        await store().shortestPaths(parseShortestPathsArgs({ from: 'liang-wenfeng', to: 'ada', maxHops: 5 })),
      ).toEqual([]);
      const paths = await store().shortestPaths(
        parseShortestPathsArgs({ from: 'liang-wenfeng', to: 'ada', maxHops: 6 }),
      );
      expect(paths.map((p) => p.nodeIds.join(' '))).toEqual([
        'liang-wenfeng deepseek alibaba qwen glm-4 zhipu ada',
        'liang-wenfeng deepseek deepseek-v3 qwen glm-4 zhipu ada',
        'liang-wenfeng deepseek deepseek-v3 qwen glm-4 zhipu ada',
      ]);
      expect(paths.every((p) => p.edgeIds.length === 6)).toBe(true);
    });

    it('only walks the given relationship types', async () => {
      const paths = await store().shortestPaths(
        parseShortestPathsArgs({
          from: 'alibaba',
          to: 'deepseek-v3',
          relationshipTypes: ['DEVELOPED', 'COMPETES_WITH'],
        }),
      );
      expect(paths.map((p) => p.nodeIds)).toEqual([['alibaba', 'deepseek', 'deepseek-v3']]);
      expect(
        await store().shortestPaths(
          parseShortestPathsArgs({ from: 'alibaba', to: 'deepseek-v3', relationshipTypes: ['LEADS'] }),
        ),
      ).toEqual([]);
    });

    it('never walks through claims unless viaClaims', async () => {
      expect(await store().shortestPaths(parseShortestPathsArgs({ from: 'jose-nunez', to: 'qwen' }))).toEqual([]);
      expect(
        await store().shortestPaths(
          parseShortestPathsArgs({ from: 'jose-nunez', to: 'qwen', relationshipTypes: ['SAID', 'ABOUT'] }),
        ),
      ).toEqual([]);
      expect(await store().shortestPaths(parseShortestPathsArgs({ from: 'qwen-beats-v3', to: 'qwen' }))).toEqual([]);
    });

    it('with viaClaims, goes speaker -SAID-> claim -ABOUT-> subject', async () => {
      expect(
        await store().shortestPaths(parseShortestPathsArgs({ from: 'jose-nunez', to: 'qwen', viaClaims: true })),
      ).toEqual([
        {
          nodeIds: ['jose-nunez', 'cac-approved-qwen', 'qwen'],
          edgeIds: ['jose-nunez--SAID--cac-approved-qwen', 'cac-approved-qwen--ABOUT--qwen'],
        },
        {
          nodeIds: ['jose-nunez', 'qwen-not-better', 'qwen'],
          edgeIds: ['jose-nunez--SAID--qwen-not-better', 'qwen-not-better--ABOUT--qwen'],
        },
      ]);
      expect(
        await store().shortestPaths(parseShortestPathsArgs({ from: 'qwen-beats-v3', to: 'qwen', viaClaims: true })),
      ).toEqual([{ nodeIds: ['qwen-beats-v3', 'qwen'], edgeIds: ['qwen-beats-v3--ABOUT--qwen'] }]);
    });

    it('never walks through a Source, even when STATED_IN is allowed', async () => {
      const args = {
        from: 'lonely',
        to: 'ada',
        viaClaims: true,
        maxHops: 6,
        relationshipTypes: ['SAID' as const, 'ABOUT' as const, 'STATED_IN' as const],
      };
      expect(await store().shortestPaths(parseShortestPathsArgs(args))).toEqual([]);
      expect(
        await store().shortestPaths(parseShortestPathsArgs({ from: 'news-a', to: 'qwen', viaClaims: true })),
      ).toEqual([]);
    });

    it('gives a single-node path from a node to itself, and [] for unknown or unconnected ids', async () => {
      expect(await store().shortestPaths(parseShortestPathsArgs({ from: 'qwen', to: 'qwen' }))).toEqual([
        { nodeIds: ['qwen'], edgeIds: [] },
      ]);
      expect(await store().shortestPaths(parseShortestPathsArgs({ from: 'nope', to: 'nope' }))).toEqual([]);
      expect(await store().shortestPaths(parseShortestPathsArgs({ from: 'qwen', to: 'nope' }))).toEqual([]);
      expect(await store().shortestPaths(parseShortestPathsArgs({ from: 'lonely', to: 'qwen', maxHops: 6 }))).toEqual(
        [],
      );
    });
  });
}
