/**
 * writeBatch on Neo4j: one write transaction (all or nothing), idempotent MERGE/SET, and the claims of the
 * batch's sources that the batch no longer has are removed with their edges. The steps, in order:
 *   check the batch against what is stored -> sources, topics, entities -> take the sources' old claims off
 *   their fact edges -> prune vanished claims -> upsert claims and recreate their provenance edges -> fact edges.
 */
import type { Claim, Entity, FactEdge, SourceDocument, Topic } from '../../../domain/graph-types';
import type { NodeType } from '../../../domain/vocabulary';
import { CLAIM_RELATIONSHIP_TYPES, isEntityType, isFactRelationshipType } from '../../../domain/vocabulary';
import { claimEdgesOfClaims, type ClaimEdge } from '../batch-to-edges';
import { checkBatch, checkBatchRecords, idsToLookUp } from '../check-batch';
import type { GraphBatch, WriteSummary } from '../graph-store';
import { claimWordText } from '../../queries/claims/neo4j';
import { entitySearchText } from '../../queries/search/entity-search-text';
import type { Neo4jExecutor, RunInTransaction } from './neo4j-executor';

export const isClaimRelationshipType = (type: string) => (CLAIM_RELATIONSHIP_TYPES as readonly string[]).includes(type);

export const sourceRow = (s: SourceDocument) => ({ ...s, length: s.text.length });
const topicRow = (t: Topic) => ({
  id: t.id,
  name: t.name,
  description: t.description,
  stances: JSON.stringify(t.stances),
});

export function entityRow(e: Entity) {
  // The label comes from this value; check-batch already validated it, this keeps the guarantee local.
  if (!isEntityType(e.type)) throw new Error(`entity ${e.id}: type ${String(e.type)} is not in the vocabulary`);
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    description: e.description,
    mentions: JSON.stringify(e.mentions),
    searchText: entitySearchText({ names: [e.name, ...e.aliases] }),
    // null removes the property (Neo4j stores no nulls): absent means accepted, as in the domain record.
    review: e.review ?? null,
  };
}

export const claimRow = (c: Claim) => ({
  id: c.id,
  quote: c.quote,
  summary: c.summary,
  kind: c.kind,
  speakerId: c.speakerId,
  subjectIds: c.subjectIds,
  sourceId: c.span.sourceId,
  start: c.span.start,
  end: c.span.end,
  date: c.date === null ? null : JSON.stringify(c.date),
  // date is a JSON string; its iso is kept beside it so get-timeline.cypher can place and filter by it.
  dateIso: c.date?.iso ?? null,
  topicId: c.topicId,
  stance: c.stance,
  figures: JSON.stringify(c.figures),
  supportsIds: c.supportsIds,
  contradictsIds: c.contradictsIds,
  assertsEdgeIds: c.assertsEdgeIds,
  wordText: claimWordText(c),
  review: c.review ?? null,
});

export function edgeRow(e: ClaimEdge | FactEdge, check: (type: string) => boolean) {
  if (!check(e.type)) throw new Error(`edge ${e.id}: type ${String(e.type)} is not allowed here`);
  return {
    id: e.id,
    type: e.type,
    from: e.from,
    to: e.to,
    role: e.role,
    claimIds: e.claimIds,
    review: e.review ?? null,
  };
}

/** Runs a write query and fails (rolling back the transaction) unless every row was written. */
async function writeAll({
  run,
  name,
  rows,
  relationshipType,
}: {
  run: RunInTransaction;
  name: string;
  rows: { id: string }[];
  relationshipType?: string;
}) {
  if (rows.length === 0) return;
  const written = new Set((await run({ name, params: { rows }, relationshipType })).map((r) => r.id as string));
  const missing = rows.filter((row) => !written.has(row.id));
  if (missing.length > 0) {
    throw new Error(
      `${name}: ${missing.length} row(s) not written because an end node is missing, e.g. ${missing[0].id}`,
    );
  }
}

async function checkAgainstStore({ run, batch }: { run: RunInTransaction; batch: GraphBatch }) {
  const ids = idsToLookUp({ batch });
  const [row] = await run({ name: 'lookup-batch-references', params: ids });
  const nodes = (row?.nodes ?? []) as { id: string; type: NodeType }[];
  const sources = (row?.sources ?? []) as { id: string; text: string }[];
  checkBatch({
    batch,
    stored: {
      nodeTypes: new Map(nodes.map((n) => [n.id, n.type])),
      sourceTexts: new Map(sources.map((s) => [s.id, s.text])),
      topicIds: new Set((row?.topics ?? []) as string[]),
    },
  });
}

export async function writeBatch({ db, batch }: { db: Neo4jExecutor; batch: GraphBatch }): Promise<WriteSummary> {
  // Shape first (a list may be missing in untyped callers); references are checked inside the transaction.
  checkBatchRecords({ batch });
  await db.write({ work: (run) => writeBatchSteps({ run, batch }) });
  return summaryOf({ batch });
}

export const summaryOf = ({ batch }: { batch: GraphBatch }): WriteSummary => ({
  entities: batch.entities.length,
  claims: batch.claims.length,
  factEdges: batch.factEdges.length,
  sources: batch.sources.length,
  topics: batch.topics.length,
});

/** The steps of writeBatch inside a caller's transaction (applyCuration runs its removals first). */
export async function writeBatchSteps({ run, batch }: { run: RunInTransaction; batch: GraphBatch }): Promise<void> {
  // Replaced claims: stored claims of the batch's sources plus stored claims whose id is in the batch.
  const sourceIds = batch.sources.map((s) => s.id);
  const claimIds = batch.claims.map((c) => c.id);
  await checkAgainstStore({ run, batch });
  if (batch.sources.length > 0) await run({ name: 'write-sources', params: { rows: batch.sources.map(sourceRow) } });
  if (batch.topics.length > 0) await run({ name: 'write-topics', params: { rows: batch.topics.map(topicRow) } });
  if (batch.entities.length > 0) await run({ name: 'write-entities', params: { rows: batch.entities.map(entityRow) } });
  if (sourceIds.length > 0 || claimIds.length > 0) {
    await run({ name: 'detach-fact-edges-from-claims-of-sources', params: { sourceIds, claimIds } });
  }
  if (sourceIds.length > 0) await run({ name: 'prune-claims-of-sources', params: { sourceIds, keepIds: claimIds } });
  if (batch.claims.length > 0) await run({ name: 'write-claims', params: { rows: batch.claims.map(claimRow) } });
  const claimEdges = claimEdgesOfClaims({ claims: batch.claims }).map((e) => edgeRow(e, isClaimRelationshipType));
  await writeAll({ run, name: 'write-claim-edges', rows: claimEdges });
  // One MERGE per fact type present: a static type lets Neo4j find an existing edge between the two ends.
  const factRows = batch.factEdges.map((e) => edgeRow(e, isFactRelationshipType));
  for (const type of [...new Set(factRows.map((row) => row.type))].sort()) {
    await writeAll({
      run,
      name: 'write-fact-edges',
      relationshipType: type,
      rows: factRows.filter((row) => row.type === type),
    });
  }
}
