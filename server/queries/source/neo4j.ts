/** Sources, topics and the per-type counts of the graph. */
import type { SourceDocument, SourceSummary, Stats, Topic } from '../../../domain/graph-types';
import { NODE_TYPES, RELATIONSHIP_TYPES } from '../../../domain/vocabulary';
import { checkText } from '../query-limits';
import { parseRecord, statsSchema } from '../record-schemas';
import type { Neo4jExecutor } from './neo4j-executor';
import { column, sourceOf, sourceSummaryOf, topicOf } from './neo4j-records';

export async function getSource({ db, id }: { db: Neo4jExecutor; id: string }): Promise<SourceDocument | null> {
  checkText({ argument: 'id', text: id });
  const rows = await db.read({ name: 'get-source', params: { id } });
  return rows.length === 0 ? null : sourceOf({ row: rows[0].source as Record<string, unknown> });
}

export async function listSources({ db }: { db: Neo4jExecutor }): Promise<SourceSummary[]> {
  const rows = await db.read({ name: 'list-sources' });
  return column({ rows, name: 'source' }).map((row) => sourceSummaryOf({ row }));
}

export async function listTopics({ db }: { db: Neo4jExecutor }): Promise<Topic[]> {
  const rows = await db.read({ name: 'list-topics' });
  return column({ rows, name: 'topic' }).map((row) => topicOf({ row }));
}

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
