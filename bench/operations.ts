/**
 * The operations the UI uses, each measurable on three layers with the SAME arguments:
 *   driver: the Cypher the Neo4j adapter sends, straight through neo4j-driver (the floor our code can reach);
 *   store:  the GraphStore call(s) the resolvers make;
 *   api:    the GraphQL document the UI sends (client/src/graphql), over HTTP to the running server.
 * Arguments come from a seeded generator, so every layer and both stores see the same list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeDocuments, GRAPHQL_FILE_NAMES, type GraphqlFiles } from '../client/src/api/compose-documents';
import { LIMITS } from '../domain/limits';
import { FACT_RELATIONSHIP_TYPES } from '../domain/vocabulary';
import { PROJECT_ROOT } from '../server/project-root';
import type { GraphStore } from '../server/store/graph-store';
import { parseIdBatch } from '../server/queries/argument-schemas';
import { parseClaimsArgs } from '../server/queries/claims/arguments';
import { claimQueriesOf } from '../server/queries/claims/neo4j';
import { parseFactEdgesOfArgs } from '../server/queries/entity-relationships/arguments';
import { parseNeighbourhoodArgs } from '../server/queries/neighbourhood/arguments';
import { firstOfLevels, subgraphQuery, walkQuery } from '../server/queries/neighbourhood/neo4j';
import { parseSearchArgs } from '../server/queries/search/arguments';
import { luceneQueryOf } from '../server/queries/search/entity-search-text';
import { parseShortestPathsArgs } from '../server/queries/shortest-paths/arguments';
import {
  HUB_ENTITY_ID,
  hubNeighbourCount,
  hubNeighbourIndex,
  syntheticEntityId,
  syntheticName,
  type SyntheticGraphOptions,
} from './generate-synthetic-graph';
import { resultSize } from './timing';

export type DriverRun = (args: {
  name?: string;
  statement?: string;
  params?: Record<string, unknown>;
}) => Promise<Record<string, unknown>[]>;
export type ApiCall = (args: {
  document: string;
  variables: Record<string, unknown>;
}) => Promise<Record<string, unknown>>;

export interface ArgContext {
  random: () => number;
  graph: SyntheticGraphOptions;
  /** The store the arguments are prepared with (cursors, edge ids); the same data as every other store. */
  store: GraphStore;
  count: number;
}

export interface BenchOperation<A = unknown> {
  name: string;
  args: (ctx: ArgContext) => Promise<A[]>;
  driver: ((run: DriverRun, arg: A) => Promise<number | null>) | null;
  store: ((store: GraphStore, arg: A) => Promise<number | null>) | null;
  api: ((call: ApiCall, arg: A) => Promise<number | null>) | null;
}

const define = <A>(op: BenchOperation<A>) => op as unknown as BenchOperation;

const graphqlDir = path.join(PROJECT_ROOT, 'client', 'src', 'graphql');
const files = Object.fromEntries(
  Object.entries(GRAPHQL_FILE_NAMES).map(([key, file]) => [key, readFileSync(path.join(graphqlDir, file), 'utf8')]),
) as unknown as GraphqlFiles;
/** The UI's own documents, fragments included, exactly as the client composes them. */
export const UI_DOCUMENTS = composeDocuments(files);
const withClaimFields = (operation: string) => `${operation}\n${files.claimFields}`;
const BENCH_DOCUMENTS = {
  ping: 'query Ping { __typename }',
  claimsPage: withClaimFields(
    'query ClaimsPage($filter: ClaimFilter, $first: Int) { claims(filter: $filter, first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...ClaimFields } } } }',
  ),
  whoSaid: withClaimFields(
    'query WhoSaid($about: ID!) { whoSaid(about: $about) { speaker { id name type } claims { ...ClaimFields } } }',
  ),
  stats: 'query Stats { stats { nodes { type count } relationships { type count } totalNodes totalRelationships } }',
};

const times = <T>(n: number, make: () => T) => Array.from({ length: n }, make);
const entityOf = (ctx: ArgContext) => syntheticEntityId(1 + Math.floor(ctx.random() * (ctx.graph.entities - 1)));
const sizeOf = (value: unknown) => resultSize(value);
const misspell = (word: string) => word.slice(0, 2) + word[3] + word[2] + word.slice(4);

/** What findClaims sends through the driver (the adapter's own queries): the page query and the count. */
async function driverFindClaims(
  run: DriverRun,
  filter: { sourceId?: string; speakerId?: string; aboutId?: string; text?: string },
  first: number,
  after: string | null,
) {
  const queries = claimQueriesOf({ args: parseClaimsArgs({ filter, first, after }) });
  switch (queries.kind) {
    case 'none':
      return 0;
    case 'entity': {
      const [row] = await run(queries.page);
      return Math.min((row?.claims as unknown[] | undefined)?.length ?? 0, first);
    }
    case 'scan': {
      const [rows] = await Promise.all([run(queries.page), run(queries.count)]);
      return Math.min(rows.length, first);
    }
  }
}

function searchOperation(name: string, textOf: (index: number) => string) {
  return define<string>({
    name,
    args: async (ctx) => times(ctx.count, () => textOf(1 + Math.floor(ctx.random() * (ctx.graph.entities - 1)))),
    // The adapter's two reads: the candidates, then the first page of them whole (scoring left out).
    driver: async (run, text) => {
      const rows = await run({
        name: 'search-entity-candidates',
        params: { lucene: luceneQueryOf({ text }), types: null, candidateLimit: 1000 },
      });
      const ids = rows.slice(0, LIMITS.DEFAULT_SEARCH).map((row) => (row.candidate as { id: string }).id);
      if (ids.length > 0) await run({ name: 'get-entities-by-ids', params: { ids } });
      return rows.length;
    },
    store: async (store, text) => sizeOf(await store.search(parseSearchArgs({ text }))),
    api: async (call, text) =>
      sizeOf((await call({ document: UI_DOCUMENTS.SearchEntities, variables: { text, first: 10 } })).search),
  });
}

function neighbourhoodOperation(name: string, depth: number, pick: (ctx: ArgContext) => string) {
  return define<string>({
    name,
    args: async (ctx) => times(ctx.count, () => pick(ctx)),
    driver: async (run, id) => {
      const args = parseNeighbourhoodArgs({ ids: [id], depth });
      const [levels] = await run(walkQuery({ args }));
      const lists = (['seeds', 'level1', 'level2', 'level3'] as const).map((key) => (levels?.[key] ?? []) as string[]);
      const { ids } = firstOfLevels({ levels: lists, limit: args.limit, cap: args.limit + LIMITS.COUNT_CAP });
      if (ids.length === 0) return 0;
      const [row] = await run(subgraphQuery({ ids, relationshipTypes: args.relationshipTypes }));
      return (row?.nodes as unknown[]).length;
    },
    store: async (store, id) => sizeOf(await store.neighbourhood(parseNeighbourhoodArgs({ ids: [id], depth }))),
    api: async (call, id) =>
      sizeOf((await call({ document: UI_DOCUMENTS.Neighbourhood, variables: { ids: [id], depth } })).neighbourhood),
  });
}

export function benchOperations(): BenchOperation[] {
  return [
    define<null>({
      name: 'round trip (RETURN 1 / __typename)',
      args: async (ctx) => times(ctx.count, () => null),
      driver: async (run) => (await run({ statement: 'RETURN 1 AS one' })).length,
      store: null,
      api: async (call) => ((await call({ document: BENCH_DOCUMENTS.ping, variables: {} })).__typename ? 1 : 0),
    }),
    searchOperation('search (full name)', (i) => syntheticName({ index: i })),
    searchOperation('search (prefix, 5 letters)', (i) => syntheticName({ index: i }).slice(0, 5)),
    searchOperation('search (typo)', (i) => misspell(syntheticName({ index: i }).split(' ')[0])),
    neighbourhoodOperation('neighbourhood depth 1', 1, entityOf),
    neighbourhoodOperation('neighbourhood depth 2', 2, entityOf),
    neighbourhoodOperation('neighbourhood depth 3', 3, entityOf),
    neighbourhoodOperation('neighbourhood depth 2 (hub neighbour)', 2, (ctx) =>
      syntheticEntityId(hubNeighbourIndex(Math.floor(ctx.random() * Math.max(1, hubNeighbourCount(ctx.graph))))),
    ),
    define<{ from: string; to: string }>({
      name: 'paths (maxHops 4)',
      args: async (ctx) => times(ctx.count, () => ({ from: entityOf(ctx), to: entityOf(ctx) })),
      driver: async (run, { from, to }) => {
        const ends = await run({ name: 'find-graph-nodes-by-ids', params: { ids: [from, to] } });
        const key = (id: string) =>
          (ends.find((row) => (row.node as { id: string }).id === id)?.node as { key: string } | undefined)?.key;
        const params = {
          fromKey: key(from),
          toKey: key(to),
          types: [...FACT_RELATIONSHIP_TYPES],
          viaClaims: false,
          limit: LIMITS.MAX_PATHS,
        };
        return (await run({ name: 'find-all-shortest-paths', params })).filter(
          (row) => (row.edgeIds as unknown[]).length <= 4,
        ).length;
      },
      store: async (store, { from, to }) =>
        sizeOf(await store.shortestPaths(parseShortestPathsArgs({ from, to, maxHops: 4 }))),
      api: async (call, { from, to }) =>
        sizeOf((await call({ document: UI_DOCUMENTS.ShortestPaths, variables: { from, to, maxHops: 4 } })).paths),
    }),
    define<null>({
      name: 'claims first page',
      args: async (ctx) => times(ctx.count, () => null),
      driver: (run) => driverFindClaims(run, {}, 20, null),
      store: async (store) => sizeOf(await store.findClaims(parseClaimsArgs({ first: 20 }))),
      api: async (call) =>
        sizeOf((await call({ document: BENCH_DOCUMENTS.claimsPage, variables: { first: 20 } })).claims),
    }),
    define<string>({
      name: 'claims by speaker + about (EntityClaims)',
      args: async (ctx) => times(ctx.count, () => entityOf(ctx)),
      driver: async (run, id) => {
        const [by, about] = await Promise.all([
          driverFindClaims(run, { speakerId: id }, 20, null),
          driverFindClaims(run, { aboutId: id }, 20, null),
        ]);
        return by + about;
      },
      store: async (store, id) => {
        const [by, about] = await Promise.all([
          store.findClaims(parseClaimsArgs({ filter: { speakerId: id }, first: 20 })),
          store.findClaims(parseClaimsArgs({ filter: { aboutId: id }, first: 20 })),
        ]);
        return by.claims.length + about.claims.length;
      },
      api: async (call, id) => {
        const data = await call({ document: UI_DOCUMENTS.EntityClaims, variables: { id, first: 20 } });
        return (sizeOf(data.claimsBy) ?? 0) + (sizeOf(data.claimsAbout) ?? 0);
      },
    }),
    define<{ sourceId: string; after: string }>({
      name: 'claims next page (ArticleClaims)',
      args: async (ctx) => {
        const out: { sourceId: string; after: string }[] = [];
        while (out.length < ctx.count) {
          const sourceId = `synthetic-source-${Math.floor(ctx.random() * ctx.graph.sources)}`;
          const page = await ctx.store.findClaims(parseClaimsArgs({ filter: { sourceId }, first: 100 }));
          if (page.cursors.length > 0)
            out.push({ sourceId, after: page.cursors[Math.floor(ctx.random() * page.cursors.length)] });
        }
        return out;
      },
      driver: (run, { sourceId, after }) => driverFindClaims(run, { sourceId }, 100, after),
      store: async (store, { sourceId, after }) =>
        sizeOf(await store.findClaims(parseClaimsArgs({ filter: { sourceId }, first: 100, after }))),
      api: async (call, { sourceId, after }) =>
        sizeOf(
          (await call({ document: UI_DOCUMENTS.ArticleClaims, variables: { source: sourceId, first: 100, after } }))
            .claims,
        ),
    }),
    define<string>({
      name: 'claims text filter',
      args: async (ctx) => times(ctx.count, () => `area ${Math.floor(ctx.random() * 97)}`),
      driver: (run, text) => driverFindClaims(run, { text }, 20, null),
      store: async (store, text) => sizeOf(await store.findClaims(parseClaimsArgs({ filter: { text }, first: 20 }))),
      api: async (call, text) =>
        sizeOf(
          (await call({ document: BENCH_DOCUMENTS.claimsPage, variables: { filter: { text }, first: 20 } })).claims,
        ),
    }),
    define<string>({
      name: 'whoSaid',
      args: async (ctx) => times(ctx.count, () => entityOf(ctx)),
      driver: async (run, id) => {
        const queries = claimQueriesOf({ args: parseClaimsArgs({ filter: { aboutId: id }, first: LIMITS.MAX_PAGE }) });
        if (queries.kind !== 'entity') throw new Error('whoSaid: expected the entity query');
        const [row] = await run(queries.page);
        const rows = (row?.claims as { speakerId: string }[] | undefined) ?? [];
        const speakers = [...new Set(rows.map((claim) => claim.speakerId))];
        if (speakers.length > 0) await run({ name: 'get-entities-by-ids', params: { ids: speakers } });
        return rows.length;
      },
      store: async (store, id) => {
        const page = await store.findClaims(parseClaimsArgs({ filter: { aboutId: id }, first: LIMITS.MAX_PAGE }));
        const speakers = [...new Set(page.claims.map((c) => c.speakerId))];
        if (speakers.length > 0) await store.getEntities(parseIdBatch({ ids: speakers }));
        return page.claims.length;
      },
      api: async (call, id) => {
        const data = await call({ document: BENCH_DOCUMENTS.whoSaid, variables: { about: id } });
        return (data.whoSaid as { claims: unknown[] }[]).reduce((n, s) => n + s.claims.length, 0);
      },
    }),
    define<string>({
      name: 'edgeEvidence',
      args: async (ctx) => {
        const out: string[] = [];
        while (out.length < ctx.count) {
          const [edge] = await ctx.store.getFactEdgesOf(
            parseFactEdgesOfArgs({ ids: [entityOf(ctx)], limitPerEntity: 1 }),
          );
          if (edge && edge.from !== HUB_ENTITY_ID && edge.to !== HUB_ENTITY_ID) out.push(edge.id);
        }
        return out;
      },
      driver: async (run, edgeId) => {
        const [from] = edgeId.split('--');
        const [row] = await run({ name: 'get-edges-by-ids', params: { rows: [{ id: edgeId, from }] } });
        const edge = row?.edge as { from: string; to: string; claimIds: string[] } | undefined;
        if (!edge) return 0;
        const [, claims] = await Promise.all([
          run({ name: 'find-graph-nodes-by-ids', params: { ids: [edge.from, edge.to] } }),
          run({ name: 'get-claims-by-ids', params: { ids: edge.claimIds } }),
        ]);
        const people = claims.flatMap((r) => [
          (r.claim as { speakerId: string }).speakerId,
          ...(r.claim as { subjectIds: string[] }).subjectIds,
        ]);
        await run({ name: 'get-entities-by-ids', params: { ids: [...new Set(people)] } });
        return claims.length;
      },
      store: async (store, edgeId) => {
        const [edge] = await store.getEdges(parseIdBatch({ ids: [edgeId] }));
        if (!edge) return 0;
        const [, claims] = await Promise.all([
          store.getEntities(parseIdBatch({ ids: [edge.from, edge.to] })),
          store.getClaims(parseIdBatch({ ids: edge.claimIds })),
        ]);
        const people = claims.flatMap((c) => (c ? [c.speakerId, ...c.subjectIds] : []));
        await store.getEntities(parseIdBatch({ ids: [...new Set(people)] }));
        return claims.length;
      },
      api: async (call, edgeId) =>
        sizeOf((await call({ document: UI_DOCUMENTS.EdgeEvidence, variables: { edgeId } })).edgeEvidence),
    }),
    define<string>({
      name: 'entity details',
      args: async (ctx) => times(ctx.count, () => entityOf(ctx)),
      driver: async (run, id) => {
        await run({ name: 'get-entities-by-ids', params: { ids: [id] } });
        const edges = await run({
          name: 'get-fact-edges-of',
          params: { ids: [id], types: [...FACT_RELATIONSHIP_TYPES], perEntity: LIMITS.MAX_FACT_EDGES_PER_ENTITY },
        });
        const others = edges
          .map((r) => r.edge as { from: string; to: string })
          .map((e) => (e.from === id ? e.to : e.from));
        if (others.length > 0) await run({ name: 'get-entities-by-ids', params: { ids: [...new Set(others)] } });
        return edges.length;
      },
      store: async (store, id) => {
        await store.getEntities(parseIdBatch({ ids: [id] }));
        const edges = await store.getFactEdgesOf(parseFactEdgesOfArgs({ ids: [id] }));
        const others = [...new Set(edges.map((e) => (e.from === id ? e.to : e.from)))];
        if (others.length > 0) await store.getEntities(parseIdBatch({ ids: others }));
        return edges.length;
      },
      api: async (call, id) => {
        const data = await call({ document: UI_DOCUMENTS.EntityDetails, variables: { id } });
        return ((data.entity as { relationships: unknown[] } | null)?.relationships ?? []).length;
      },
    }),
    define<null>({
      name: 'stats',
      args: async (ctx) => times(ctx.count, () => null),
      driver: async (run) => {
        await Promise.all([run({ name: 'count-nodes-by-label' }), run({ name: 'count-relationships-by-type' })]);
        return null;
      },
      store: async (store) => {
        await store.stats();
        return null;
      },
      api: async (call) => {
        await call({ document: BENCH_DOCUMENTS.stats, variables: {} });
        return null;
      },
    }),
  ];
}
