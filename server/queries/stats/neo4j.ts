/** Per-type counts of the graph on Neo4j (count-nodes-by-label.cypher, count-relationships-by-type.cypher). */
import type { Stats } from '../../../domain/graph-types';
import { NODE_TYPES, RELATIONSHIP_TYPES } from '../../../domain/vocabulary';
import type { Neo4jExecutor } from '../../store/neo4j/neo4j-executor';
import { parseRecord, statsSchema } from '../../store/record-schemas';

/** Counts in vocabulary order; a vocabulary type missing from the count queries is a bug reported by name. */
function inVocabularyOrder<T extends string>({
  vocabulary,
  counts,
  what,
}: {
  vocabulary: readonly T[];
  counts: unknown;
  what: string;
}): { type: T; count: number }[] {
  const byType = new Map((counts as { type: string; count: number }[]).map((c) => [c.type, c.count]));
  return vocabulary.map((type) => {
    const count = byType.get(type);
    if (count === undefined) throw new Error(`${what} has no count for ${type}; add it to the .cypher file`);
    return { type, count };
  });
}

export async function stats({ db }: { db: Neo4jExecutor }): Promise<Stats> {
  const [nodeRows, relationshipRows] = await Promise.all([
    db.read({ name: 'count-nodes-by-label' }),
    db.read({ name: 'count-relationships-by-type' }),
  ]);
  return parseRecord({
    schema: statsSchema,
    what: 'stats',
    value: {
      nodes: inVocabularyOrder({ vocabulary: NODE_TYPES, counts: nodeRows[0]?.counts, what: 'count-nodes-by-label' }),
      relationships: inVocabularyOrder({
        vocabulary: RELATIONSHIP_TYPES,
        counts: relationshipRows[0]?.counts,
        what: 'count-relationships-by-type',
      }),
    },
  });
}
