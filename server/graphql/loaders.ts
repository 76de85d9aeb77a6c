/**
 * Per-request DataLoaders: every entity, claim, edge or fact-edge lookup made while resolving one
 * operation is collected into one batched store call per tick, so a page of claims with their
 * speakers and subjects costs a constant number of store calls, not one per claim (no N+1).
 */
import DataLoader from 'dataloader';
import { batchAfterYields } from './limits/bounded-schema';
import type { Claim, Edge, Entity, FactEdge, SourceDocument, Topic } from '../../domain/graph-types';
import type { GraphStore } from '../store/graph-store';
import { LIMITS } from '../../domain/limits';
import { parseIdBatch } from '../queries/argument-schemas';
import { parseFactEdgesOfArgs } from '../queries/entity-relationships/arguments';
import { parseSourceArgs } from '../queries/source/arguments';
import { createWeighingLoaders, type WeighingLoaders } from '../queries/weighing-loaders';

export interface Loaders {
  entities: DataLoader<string, Entity | null>;
  claims: DataLoader<string, Claim | null>;
  edges: DataLoader<string, Edge | null>;
  /** Fact edges touching one entity (either direction), sorted by id. */
  factEdgesOf: DataLoader<string, FactEdge[]>;
  /** Whole source documents (text included); the port has no batched lookup, so one call per distinct id. */
  sources: DataLoader<string, SourceDocument | null>;
  /** Topics by id; the first lookup lists all topics once per request (there are few). */
  topics: DataLoader<string, Topic | null>;
  /** Claim.interest, Claim.supportedBy, Edge.support (server/queries/). */
  weighing: WeighingLoaders;
}

const options = { maxBatchSize: LIMITS.MAX_BATCH_IDS, batchScheduleFn: batchAfterYields };

export function createLoaders({ store }: { store: GraphStore }): Loaders {
  return {
    entities: new DataLoader((ids) => store.getEntities(parseIdBatch({ ids })), options),
    claims: new DataLoader((ids) => store.getClaims(parseIdBatch({ ids })), options),
    edges: new DataLoader((ids) => store.getEdges(parseIdBatch({ ids })), options),
    factEdgesOf: new DataLoader(async (ids) => {
      const edges = await store.getFactEdgesOf(parseFactEdgesOfArgs({ ids: [...ids] }));
      return ids.map((id) => edges.filter((edge) => edge.from === id || edge.to === id));
    }, options),
    sources: new DataLoader((ids) => Promise.all(ids.map((id) => store.getSource(parseSourceArgs({ id })))), options),
    topics: new DataLoader(async (ids) => {
      const topics = await store.listTopics();
      return ids.map((id) => topics.find((topic) => topic.id === id) ?? null);
    }, options),
    weighing: createWeighingLoaders({ store }),
  };
}

/** Load many ids and drop the unknown ones, keeping order; a store failure rejects the whole call. */
export async function loadKnown<T>({
  loader,
  ids,
}: {
  loader: DataLoader<string, T | null>;
  ids: readonly string[];
}): Promise<T[]> {
  const results = await loader.loadMany(ids);
  const known: T[] = [];
  for (const result of results) {
    if (result instanceof Error) throw result;
    if (result !== null) known.push(result);
  }
  return known;
}
