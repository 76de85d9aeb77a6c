import { LIMITS } from '../../domain/limits';
import { INITIAL_LIMIT, loadArticleGraph, loadPaths, mostClaimedEntities } from '../../client/src/api/graph-loaders';
import { toClaimView } from '../../client/src/api/to-view';
import { CLAIMS, articleHandlers } from './support/api-fixtures';
import { mockApiClient } from './support/mock-api-client';

describe('initial graph loading', () => {
  it('seeds the neighbourhood with the entities the claims name, busiest first, within the cap', () => {
    const claims = CLAIMS.map(toClaimView);
    expect(mostClaimedEntities({ claims, max: 10 })).toEqual(['author', '01-ai', 'kai-fu-lee', 'llama', 'qwen']);
    expect(mostClaimedEntities({ claims, max: 2 })).toEqual(['author', '01-ai']);
  });

  it('pages through the claims and merges the neighbourhoods', async () => {
    const pages = [CLAIMS.slice(0, 2), CLAIMS.slice(2)];
    const api = mockApiClient({
      handlers: articleHandlers({
        ArticleClaims: (v) => {
          const page = v.after === 'p1' ? 1 : 0;
          return {
            claims: {
              totalCount: CLAIMS.length,
              pageInfo: { hasNextPage: page === 0, endCursor: page === 0 ? 'p1' : 'p2' },
              edges: pages[page].map((node) => ({ node })),
            },
          };
        },
      }),
    });
    const { subgraph, claims } = await loadArticleGraph({ client: api.client, sourceId: 'ai-race-article' });
    expect(claims.map((c) => c.id)).toEqual(CLAIMS.map((c) => c.id));
    expect(api.calls.filter((c) => c.name === 'ArticleClaims').map((c) => c.variables.after ?? null)).toEqual([
      null,
      'p1',
    ]);
    const seeds = api.calls.find((c) => c.name === 'Neighbourhood')!.variables.ids;
    expect(seeds).toEqual(['author', '01-ai', 'kai-fu-lee', 'llama', 'qwen']);
    expect(subgraph.nodes.map((n) => n.id)).toContain('alibaba');
  });

  it("asks within the API's own limits (the shared LIMITS table, not copied numbers)", async () => {
    const api = mockApiClient({ handlers: articleHandlers() });
    await loadArticleGraph({ client: api.client, sourceId: 'ai-race-article' });
    await loadPaths({ client: api.client, from: 'kai-fu-lee', to: 'llama', viaClaims: false });
    expect(api.calls.find((c) => c.name === 'ArticleClaims')!.variables.first).toBe(LIMITS.MAX_PAGE);
    const neighbourhood = api.calls.find((c) => c.name === 'Neighbourhood')!.variables;
    // The first picture keeps its scale; only an explicit "expand further" asks for up to MAX_NODES.
    expect(neighbourhood.limit).toBe(INITIAL_LIMIT);
    expect(INITIAL_LIMIT).toBeLessThan(LIMITS.MAX_NODES);
    expect((neighbourhood.ids as string[]).length).toBeLessThanOrEqual(LIMITS.MAX_SEED_IDS);
    expect(api.calls.find((c) => c.name === 'ShortestPaths')!.variables.maxHops).toBe(LIMITS.MAX_HOPS);
  });

  it('turns an unreachable API into an "API unreachable" error', async () => {
    const api = mockApiClient({ handlers: articleHandlers(), unreachable: true });
    await expect(loadArticleGraph({ client: api.client, sourceId: 'ai-race-article' })).rejects.toThrow(
      /^API unreachable/,
    );
  });
});
