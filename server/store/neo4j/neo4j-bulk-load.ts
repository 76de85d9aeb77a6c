/**
 * Bulk load for an EMPTY Neo4j database (the benchmark's synthetic graph, a first import): the same
 * nodes, properties and relationships writeBatch produces, but CREATE instead of MERGE, batched UNWIND of
 * BULK_ROWS rows per transaction, and every index except the id constraints (which the relationship step
 * needs to find its ends) created after the data. Real seeds keep using writeBatch: one transaction, with
 * replace-per-source semantics. Refuses to run on a database that holds any node.
 */
import type { FactEdge } from '../../../domain/graph-types';
import { isFactRelationshipType } from '../../../domain/vocabulary';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR } from '../../project-root';
import { claimEdgesOfClaims } from '../batch-to-edges';
import { checkBatchRecords } from '../check-batch';
import type { GraphBatch } from '../graph-store';
import { schemaStatementsOf } from './apply-neo4j-schema';
import type { Neo4jExecutor } from './neo4j-executor';
import { claimRow, edgeRow, entityRow, isClaimRelationshipType, sourceRow } from './neo4j-write-batch';

/** Rows per transaction: large enough to amortise the commit, small enough for db.memory.transaction limits. */
export const BULK_ROWS = 10_000;
/** Index population after a million-relationship load takes longer than applyNeo4jSchema's minute. */
const INDEX_WAIT_SECONDS = 900;

const schemaFile = (name: string) =>
  schemaStatementsOf({ text: readFileSync(path.join(CYPHER_DIR, 'schema', name), 'utf8') });

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export interface BulkLoadSummary {
  nodes: number;
  relationships: number;
}

export async function bulkLoadNeo4j({
  db,
  batches,
  onProgress = () => undefined,
}: {
  db: Neo4jExecutor;
  batches: Iterable<GraphBatch>;
  onProgress?: (line: string) => void;
}): Promise<BulkLoadSummary> {
  const [{ nodes: existing }] = await db.runAutoCommit({
    statement: 'MATCH (n) WITH n LIMIT 1 RETURN count(n) AS nodes',
  });
  if (Number(existing) > 0)
    throw new Error('bulkLoadNeo4j: the database is not empty; use writeBatch (or wipe it first)');

  // Only the id constraints before the data: every other index is built once, after it.
  const indexes = await db.runAutoCommit({
    statement:
      "SHOW INDEXES YIELD name, type, owningConstraint WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN name",
  });
  for (const { name } of indexes)
    await db.runAutoCommit({ statement: `DROP INDEX \`${String(name).replace(/`/g, '')}\` IF EXISTS` });
  for (const statement of schemaFile('node-id-constraints.cypher')) await db.runAutoCommit({ statement });

  const all: GraphBatch = { sources: [], topics: [], entities: [], factEdges: [], claims: [] };
  for (const batch of batches) {
    checkBatchRecords({ batch });
    if (batch.topics.length > 0) throw new Error('bulkLoadNeo4j: topics are not supported; load them with writeBatch');
    // Loops, not push(...list): a spread of 100k arguments can overflow the stack.
    for (const s of batch.sources) all.sources.push(s);
    for (const e of batch.entities) all.entities.push(e);
    for (const e of batch.factEdges) all.factEdges.push(e);
    for (const c of batch.claims) all.claims.push(c);
  }
  // The bookkeeping writeBatch keeps on claims: the fact edges each claim asserts.
  const factEdgeIds = new Map<string, string[]>();
  for (const edge of all.factEdges) {
    for (const id of edge.claimIds) {
      const list = factEdgeIds.get(id);
      if (list) list.push(edge.id);
      else factEdgeIds.set(id, [edge.id]);
    }
  }

  let relationships = 0;
  const write = async ({
    name,
    rows,
    relationshipType,
    what,
  }: {
    name: string;
    rows: object[];
    relationshipType?: string;
    what: string;
  }) => {
    let done = 0;
    for (const chunk of chunks(rows, BULK_ROWS)) {
      const result = await db.write({ work: (run) => run({ name, params: { rows: chunk }, relationshipType }) });
      const written = result.length === 1 && 'written' in result[0] ? Number(result[0].written) : result.length;
      if (written !== chunk.length)
        throw new Error(`${name}: wrote ${written} of ${chunk.length} rows (an end node is missing?)`);
      done += chunk.length;
      onProgress(`${what} ${done}/${rows.length}`);
    }
    return done;
  };
  await write({ name: 'bulk-create-sources', rows: all.sources.map(sourceRow), what: 'sources' });
  await write({ name: 'bulk-create-entities', rows: all.entities.map(entityRow), what: 'entities' });
  await write({
    name: 'bulk-create-claims',
    rows: all.claims.map((c) => ({ ...claimRow(c), factEdgeIds: factEdgeIds.get(c.id) ?? [] })),
    what: 'claims',
  });
  const claimEdges = claimEdgesOfClaims({ claims: all.claims }).map((e) => edgeRow(e, isClaimRelationshipType));
  relationships += await write({ name: 'write-claim-edges', rows: claimEdges, what: 'claim edges' });
  const byType = new Map<string, FactEdge[]>();
  for (const edge of all.factEdges) {
    const list = byType.get(edge.type);
    if (list) list.push(edge);
    else byType.set(edge.type, [edge]);
  }
  for (const [type, edges] of [...byType].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const rows = edges.map((e) => edgeRow(e, isFactRelationshipType));
    relationships += await write({
      name: 'bulk-create-fact-edges',
      rows,
      relationshipType: type,
      what: `${type} edges`,
    });
  }

  onProgress('indexes');
  const files = readdirSync(path.join(CYPHER_DIR, 'schema')).filter(
    (f) => f.endsWith('.cypher') && f !== 'node-id-constraints.cypher',
  );
  for (const file of files) for (const statement of schemaFile(file)) await db.runAutoCommit({ statement });
  await db.runAutoCommit({
    statement: `CALL db.awaitIndexes(${INDEX_WAIT_SECONDS})`,
    timeoutMs: (INDEX_WAIT_SECONDS + 30) * 1000,
  });
  return { nodes: all.sources.length + all.entities.length + all.claims.length, relationships };
}
