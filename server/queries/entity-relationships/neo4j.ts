/** Fact edges touching entities on Neo4j (get-fact-edges-of.cypher), at most limitPerEntity per entity. */
import type { FactEdge } from '../../../domain/graph-types';
import { FACT_RELATIONSHIP_TYPES } from '../../../domain/vocabulary';
import type { Neo4jExecutor } from '../../store/neo4j/neo4j-executor';
import { column, factEdgeOf } from '../../store/neo4j/neo4j-records';
import type { FactEdgesOfArgs } from './arguments';

export async function getFactEdgesOf({ db, args }: { db: Neo4jExecutor; args: FactEdgesOfArgs }): Promise<FactEdge[]> {
  const { ids, types: requested, limitPerEntity: perEntity } = args;
  // Only fact types can come back as FactEdges; claim types in the list simply match nothing.
  const factTypes = (requested ?? [...FACT_RELATIONSHIP_TYPES]).filter((t) =>
    (FACT_RELATIONSHIP_TYPES as readonly string[]).includes(t),
  );
  if (ids.length === 0 || factTypes.length === 0) return [];
  const rows = await db.read({
    name: 'get-fact-edges-of',
    params: { ids: [...new Set(ids)], types: factTypes, perEntity },
  });
  return column({ rows, name: 'edge' }).map((row) => factEdgeOf({ row }));
}
