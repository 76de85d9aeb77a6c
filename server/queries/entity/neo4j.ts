/** Batched lookups by id (DataLoader-friendly: result[i] belongs to ids[i]) and the fact edges of entities. */
import type { Claim, Edge, Entity, FactEdge } from '../../../domain/graph-types';
import { FACT_RELATIONSHIP_TYPES, isRelationshipType, type RelationshipType } from '../../../domain/vocabulary';
import { LIMITS, checkFactEdgesPerEntity, checkIdList, checkRelationshipTypes } from '../query-limits';
import type { Neo4jExecutor } from './neo4j-executor';
import { claimOf, column, edgeOf, entityOf, factEdgeOf, inRequestOrder } from './neo4j-records';

const distinct = (ids: readonly string[]) => [...new Set(ids)];

export async function getEntities({ db, ids }: { db: Neo4jExecutor; ids: readonly string[] }): Promise<(Entity | null)[]> {
  checkIdList({ argument: 'ids', ids, max: LIMITS.MAX_BATCH_IDS });
  if (ids.length === 0) return [];
  const rows = await db.read({ name: 'get-entities-by-ids', params: { ids: distinct(ids) } });
  return inRequestOrder({ ids, records: column({ rows, name: 'entity' }).map((row) => entityOf({ row })) });
}

export async function getClaims({ db, ids }: { db: Neo4jExecutor; ids: readonly string[] }): Promise<(Claim | null)[]> {
  checkIdList({ argument: 'ids', ids, max: LIMITS.MAX_BATCH_IDS });
  if (ids.length === 0) return [];
  const rows = await db.read({ name: 'get-claims-by-ids', params: { ids: distinct(ids) } });
  return inRequestOrder({ ids, records: column({ rows, name: 'claim' }).map((row) => claimOf({ row })) });
}

/** Splits `from--TYPE--to`; null for anything that cannot be an edge id (it is then simply unknown). */
function parseEdgeId(id: string): { id: string; from: string } | null {
  const parts = id.split('--');
  if (parts.length !== 3 || parts.some((p) => p === '') || !isRelationshipType(parts[1])) return null;
  return { id, from: parts[0] };
}

export async function getEdges({ db, ids }: { db: Neo4jExecutor; ids: readonly string[] }): Promise<(Edge | null)[]> {
  checkIdList({ argument: 'ids', ids, max: LIMITS.MAX_BATCH_IDS });
  const rowsToFind = distinct(ids)
    .map(parseEdgeId)
    .filter((row): row is { id: string; from: string } => row !== null);
  if (rowsToFind.length === 0) return ids.map(() => null);
  const rows = await db.read({ name: 'get-edges-by-ids', params: { rows: rowsToFind } });
  return inRequestOrder({ ids, records: column({ rows, name: 'edge' }).map((row) => edgeOf({ row })) });
}

export async function getFactEdgesOf({
  db,
  ids,
  types,
  limitPerEntity,
}: {
  db: Neo4jExecutor;
  ids: readonly string[];
  types?: RelationshipType[];
  limitPerEntity?: number;
}): Promise<FactEdge[]> {
  checkIdList({ argument: 'ids', ids, max: LIMITS.MAX_BATCH_IDS });
  const requested = checkRelationshipTypes('types', types);
  const perEntity = checkFactEdgesPerEntity(limitPerEntity);
  // Only fact types can come back as FactEdges; claim types in the list simply match nothing.
  const factTypes = (requested ?? [...FACT_RELATIONSHIP_TYPES]).filter((t) =>
    (FACT_RELATIONSHIP_TYPES as readonly string[]).includes(t),
  );
  if (ids.length === 0 || factTypes.length === 0) return [];
  const rows = await db.read({ name: 'get-fact-edges-of', params: { ids: distinct(ids), types: factTypes, perEntity } });
  return column({ rows, name: 'edge' }).map((row) => factEdgeOf({ row }));
}
