/**
 * Rows from the Cypher map projections -> domain records. Neo4j properties cannot hold maps or lists
 * of maps, so mentions, date, figures and stances are stored as JSON strings; they are decoded here
 * and every record is validated with the shared zod schemas before it leaves the adapter.
 */
import type {
  Claim,
  Edge,
  Entity,
  FactEdge,
  GraphNode,
  SourceDocument,
  SourceSummary,
  Topic,
} from '../../../domain/graph-types';
import {
  claimSchema,
  edgeSchema,
  entitySchema,
  factEdgeSchema,
  graphNodeSchema,
  parseRecord,
  sourceDocumentSchema,
  sourceSummarySchema,
  topicSchema,
} from '../record-schemas';
import type { Row } from './neo4j-executor';

function fromJson({ value, what }: { value: unknown; what: string }): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new Error(`${what}: expected a JSON string property, got ${typeof value}`);
  try {
    return JSON.parse(value);
  } catch {
    throw new Error(`${what}: property is not valid JSON`);
  }
}

const orNull = (value: unknown) => (value === undefined ? null : value);

/**
 * A projection's `.review` is null when the property is absent (accepted); the domain record leaves the
 * field out then, as the embedded store does, so drop it instead of failing the enum.
 */
function withReview<T extends Row>(row: T): T {
  if (row.review !== null && row.review !== undefined) return row;
  const { review: _review, ...rest } = row;
  return rest as T;
}

export function entityOf({ row }: { row: Row }): Entity {
  return parseRecord({
    schema: entitySchema,
    what: `entity ${String(row.id)}`,
    value: withReview({
      ...row,
      mentions: fromJson({ value: row.mentions, what: `entity ${String(row.id)}.mentions` }) ?? [],
    }),
  });
}

export function claimOf({ row }: { row: Row }): Claim {
  const what = `claim ${String(row.id)}`;
  return parseRecord({
    schema: claimSchema,
    what,
    value: {
      id: row.id,
      quote: row.quote,
      summary: row.summary,
      kind: row.kind,
      speakerId: row.speakerId,
      subjectIds: row.subjectIds,
      span: { sourceId: row.sourceId, start: row.start, end: row.end, quote: row.quote },
      date: fromJson({ value: row.date, what: `${what}.date` }),
      topicId: orNull(row.topicId),
      stance: orNull(row.stance),
      figures: fromJson({ value: row.figures, what: `${what}.figures` }) ?? [],
      supportsIds: row.supportsIds,
      contradictsIds: row.contradictsIds,
      assertsEdgeIds: row.assertsEdgeIds,
      ...withReview({ review: row.review }),
    },
  });
}

export function edgeOf({ row }: { row: Row }): Edge {
  return parseRecord({
    schema: edgeSchema,
    what: `edge ${String(row.id)}`,
    value: withReview({ ...row, role: orNull(row.role) }),
  });
}

export function factEdgeOf({ row }: { row: Row }): FactEdge {
  return parseRecord({
    schema: factEdgeSchema,
    what: `fact edge ${String(row.id)}`,
    value: withReview({ ...row, role: orNull(row.role) }),
  });
}

/** Neo4j drops null properties, so a source's optional metadata comes back missing; restore the nulls. */
function withSourceNulls(row: Row): Row {
  return {
    ...row,
    publisher: orNull(row.publisher),
    url: orNull(row.url),
    publishedAt: orNull(row.publishedAt),
    authorId: orNull(row.authorId),
  };
}

export function sourceOf({ row }: { row: Row }): SourceDocument {
  return parseRecord({ schema: sourceDocumentSchema, what: `source ${String(row.id)}`, value: withSourceNulls(row) });
}

export function sourceSummaryOf({ row }: { row: Row }): SourceSummary {
  return parseRecord({ schema: sourceSummarySchema, what: `source ${String(row.id)}`, value: withSourceNulls(row) });
}

export function topicOf({ row }: { row: Row }): Topic {
  const what = `topic ${String(row.id)}`;
  return parseRecord({
    schema: topicSchema,
    what,
    value: { ...row, stances: fromJson({ value: row.stances, what: `${what}.stances` }) ?? [] },
  });
}

/** A traversal node: the drawn GraphNode plus the element id the next traversal step uses. */
export interface KeyedNode {
  node: GraphNode;
  key: string;
}

export function keyedNodeOf({ row }: { row: Row }): KeyedNode {
  const { key, ...node } = row;
  if (typeof key !== 'string') throw new Error(`node ${String(row.id)}: missing element id`);
  return { key, node: graphNodeOf({ row: node }) };
}

export function graphNodeOf({ row }: { row: Row }): GraphNode {
  return parseRecord({ schema: graphNodeSchema, what: `node ${String(row.id)}`, value: withReview(row) });
}

/** Rows of a single-column result, e.g. RETURN e {...} AS entity. */
export function column({ rows, name }: { rows: Row[]; name: string }): Row[] {
  return rows.map((row) => row[name] as Row);
}

/** Put looked-up records back in the order of the requested ids, null for unknown ones. */
export function inRequestOrder<T extends { id: string }>({
  ids,
  records,
}: {
  ids: readonly string[];
  records: T[];
}): (T | null)[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}
