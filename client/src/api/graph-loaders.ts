/**
 * Imperative loads that feed the reducer (initial graph, expansions, paths). Components that
 * just display one query use urql's useQuery instead.
 */
import type { Client, CombinedError } from 'urql';
import type {
  ArticleClaimsQuery,
  ArticleClaimsQueryVariables,
  NeighbourhoodQuery,
  NeighbourhoodQueryVariables,
  ShortestPathsQuery,
  ShortestPathsQueryVariables,
  SourcesQuery,
  SourcesQueryVariables,
} from '../graphql/generated';
import { LIMITS } from '../../../domain/limits';
import type { ClaimView, PathView, SubgraphView } from '../state/graph-model';
import { DOCUMENTS } from './graphql-documents';
import { mergeSubgraphs, toClaimView, toSubgraphView } from './to-view';

/** The API's own bounds, from the table the server validates against (domain/limits.ts). */
const PAGE = LIMITS.MAX_PAGE;
/** How many pages of one article's claims the first picture reads at most (2000 claims). */
const MAX_PAGES = 20;
const SEED_CHUNK = LIMITS.MAX_SEED_IDS;
/**
 * Nodes per seed chunk of the first picture: what the API allowed before its cap rose to what the
 * browser can show (LIMITS.MAX_NODES); the first view stays at the scale it was tuned for.
 */
export const INITIAL_LIMIT = Math.min(500, LIMITS.MAX_NODES);
export const EXPAND_LIMIT = 40;
/** "Expand further" on a node the first expansion cut: the most the API and the large view allow. */
export const WIDE_EXPAND_LIMIT = LIMITS.MAX_NODES;
/** A long source could name thousands of entities; the first picture starts from the busiest. */
export const MAX_INITIAL_SEEDS = 150;

/** Entity ids named by the claims (as speaker or subject), most often first, then by id. */
export function mostClaimedEntities({ claims, max }: { claims: ClaimView[]; max: number }): string[] {
  const counts = new Map<string, number>();
  for (const claim of claims) {
    for (const id of new Set([claim.speaker.id, ...claim.subjects.map((s) => s.id)])) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, max)
    .map(([id]) => id);
}

export function errorMessage(error: CombinedError): string {
  if (error.networkError) return `API unreachable: ${error.networkError.message}`;
  return error.graphQLErrors.map((e) => e.message).join('; ') || error.message;
}

async function run<Data, Variables extends object>({
  client,
  query,
  variables,
}: {
  client: Client;
  query: string;
  variables: Variables;
}): Promise<Data> {
  const result = await client.query<Data, Variables>(query, variables, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) throw new Error(errorMessage(result.error));
  if (!result.data) throw new Error('The API returned no data');
  return result.data;
}

/**
 * The initial graph: every entity a claim of the source names (speaker or subject), with its
 * neighbours one hop out. The API has no "whole graph" query on purpose (it must stay bounded
 * at 100k entities); one article's entities are a natural, bounded seed set.
 */
export async function loadArticleGraph({
  client,
  sourceId,
  sourceIds = [sourceId],
}: {
  client: Client;
  sourceId: string;
  /** Every source whose claims to read (default: just `sourceId`); MAX_PAGES bounds them all together. */
  sourceIds?: string[];
}): Promise<{ subgraph: SubgraphView; claims: ClaimView[] }> {
  const claims: ClaimView[] = [];
  let pages = 0;
  for (const source of sourceIds) {
    let after: string | null = null;
    for (; pages < MAX_PAGES; pages++) {
      const data: ArticleClaimsQuery = await run<ArticleClaimsQuery, ArticleClaimsQueryVariables>({
        client,
        query: DOCUMENTS.ArticleClaims,
        variables: { source, first: PAGE, after },
      });
      claims.push(...data.claims.edges.map((e) => toClaimView(e.node)));
      if (!data.claims.pageInfo.hasNextPage) {
        pages++;
        break;
      }
      after = data.claims.pageInfo.endCursor;
    }
  }
  const entityIds = mostClaimedEntities({ claims, max: MAX_INITIAL_SEEDS });
  const parts: SubgraphView[] = [];
  for (let i = 0; i < entityIds.length; i += SEED_CHUNK) {
    const data = await run<NeighbourhoodQuery, NeighbourhoodQueryVariables>({
      client,
      query: DOCUMENTS.Neighbourhood,
      variables: { ids: entityIds.slice(i, i + SEED_CHUNK), depth: 1, limit: INITIAL_LIMIT },
    });
    parts.push(toSubgraphView(data.neighbourhood));
  }
  return { subgraph: mergeSubgraphs({ parts }), claims };
}

/**
 * The initial graph of every source (the API lists at most 100): each source's claims, the
 * preferred source first, so the explorer is not tied to one article. The picture is seeded
 * with the busiest entities of all of them (still at most MAX_INITIAL_SEEDS).
 */
export async function loadSourcesGraph({
  client,
  preferred,
}: {
  client: Client;
  preferred: string;
}): Promise<{ subgraph: SubgraphView; claims: ClaimView[] }> {
  const data = await run<SourcesQuery, SourcesQueryVariables>({ client, query: DOCUMENTS.Sources, variables: {} });
  const ids = data.sources.map((s) => s.id);
  const sourceIds = ids.includes(preferred) ? [preferred, ...ids.filter((id) => id !== preferred)] : ids;
  return loadArticleGraph({ client, sourceId: preferred, sourceIds: sourceIds.length ? sourceIds : [preferred] });
}

export async function loadNeighbourhood({
  client,
  ids,
  limit = EXPAND_LIMIT,
}: {
  client: Client;
  ids: string[];
  limit?: number;
}): Promise<SubgraphView> {
  const data = await run<NeighbourhoodQuery, NeighbourhoodQueryVariables>({
    client,
    query: DOCUMENTS.Neighbourhood,
    variables: { ids, depth: 1, limit },
  });
  return toSubgraphView(data.neighbourhood);
}

export async function loadPaths({
  client,
  from,
  to,
  viaClaims,
}: {
  client: Client;
  from: string;
  to: string;
  viaClaims: boolean;
}): Promise<{ paths: PathView[]; subgraph: SubgraphView }> {
  const data = await run<ShortestPathsQuery, ShortestPathsQueryVariables>({
    client,
    query: DOCUMENTS.ShortestPaths,
    variables: { from, to, viaClaims, maxHops: LIMITS.MAX_HOPS },
  });
  const paths: PathView[] = data.paths.map((p) => ({
    nodeIds: [...p.nodeIds],
    edgeIds: [...p.edgeIds],
    nodes: p.steps.map((s) => ({ id: s.id, name: s.label })),
    edges: p.edges.map((e) => ({ id: e.id, type: e.type, from: e.from, to: e.to })),
  }));
  // Path nodes may lie outside what is loaded; add them so the path can be drawn.
  const subgraph: SubgraphView = {
    nodes: data.paths.flatMap((p) => p.steps.map((s) => ({ id: s.id, type: s.type, label: s.label }))),
    edges: data.paths.flatMap((p) =>
      p.edges.map((e) => ({ id: e.id, type: e.type, from: e.from, to: e.to, role: e.role, claimIds: [...e.claimIds] })),
    ),
    truncated: false,
    omittedNodes: 0,
  };
  return { paths, subgraph };
}
