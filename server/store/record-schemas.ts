/**
 * zod schemas of the records that cross the GraphStore port (server/domain/graph-types.ts).
 * Both adapters parse what they return through these, so a Neo4j record with a missing or
 * mistyped property fails inside the adapter instead of deep in a resolver. The `Same<>` checks
 * at the bottom keep the schemas and the TypeScript interfaces from drifting apart.
 */
import { z } from 'zod';
import type {
  Claim,
  ClaimPage,
  Edge,
  Entity,
  FactEdge,
  GraphNode,
  Path,
  SearchHit,
  SourceDocument,
  SourceSummary,
  Stats,
  Subgraph,
  Topic,
} from '../../domain/graph-types';
import {
  CLAIM_KINDS,
  DATE_PRECISIONS,
  ENTITY_TYPES,
  FACT_RELATIONSHIP_TYPES,
  NODE_TYPES,
  RELATIONSHIP_TYPES,
} from '../../domain/vocabulary';

const offset = z.number().int().nonnegative();
/** Absent means 'accepted' (domain/graph-types.ts ReviewState). */
const review = z.enum(['proposed', 'accepted']).optional();
const isoPrefix = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const sourceSpanSchema = z.object({
  sourceId: z.string().min(1),
  start: offset,
  end: offset,
  quote: z.string().min(1),
});

export const entitySchema = z.object({
  id: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  description: z.string(),
  mentions: z.array(sourceSpanSchema),
  review,
});

export const claimDateSchema = z.object({
  text: z.string(),
  iso: isoPrefix.nullable(),
  precision: z.enum(DATE_PRECISIONS),
  basis: z.enum(['STATED', 'INFERRED_FROM_PUBLICATION', 'UNKNOWN_YEAR']),
});

export const figureSchema = z.object({
  measure: z.string(),
  label: z.string(),
  value: z.number().finite(),
  unit: z.string(),
  chart: z.string().nullable(),
  isLowerBound: z.boolean(),
});

export const claimSchema = z.object({
  id: z.string().min(1),
  quote: z.string().min(1),
  summary: z.string(),
  kind: z.enum(CLAIM_KINDS),
  speakerId: z.string().min(1),
  subjectIds: z.array(z.string().min(1)),
  span: sourceSpanSchema,
  date: claimDateSchema.nullable(),
  topicId: z.string().nullable(),
  stance: z.string().nullable(),
  figures: z.array(figureSchema),
  supportsIds: z.array(z.string()),
  contradictsIds: z.array(z.string()),
  assertsEdgeIds: z.array(z.string()),
  review,
});

export const topicSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  description: z.string(),
  stances: z.array(z.object({ id: z.string(), label: z.string() })),
});

export const sourceDocumentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: isoPrefix.nullable(),
  authorId: z.string().nullable(),
  text: z.string(),
});

export const sourceSummarySchema = sourceDocumentSchema.omit({ text: true }).extend({
  length: offset,
  claimCount: offset,
});

export const edgeSchema = z.object({
  id: z.string().min(1),
  type: z.enum(RELATIONSHIP_TYPES),
  from: z.string().min(1),
  to: z.string().min(1),
  role: z.string().nullable(),
  claimIds: z.array(z.string()),
  review,
});

export const factEdgeSchema = edgeSchema.extend({ type: z.enum(FACT_RELATIONSHIP_TYPES) });

export const graphNodeSchema = z.object({
  id: z.string().min(1),
  type: z.enum(NODE_TYPES),
  label: z.string(),
  review,
});

export const subgraphSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(edgeSchema),
  truncated: z.boolean(),
  omittedNodes: offset,
  hubs: z.array(z.string()),
});

export const pathSchema = z.object({
  nodeIds: z.array(z.string()).min(1),
  edgeIds: z.array(z.string()),
});

export const searchHitSchema = z.object({
  entity: entitySchema,
  score: z.number().gt(0).lte(1),
});

export const claimPageSchema = z.object({
  claims: z.array(claimSchema),
  cursors: z.array(z.string()),
  hasNextPage: z.boolean(),
  totalCount: offset,
});

export const statsSchema = z.object({
  nodes: z.array(z.object({ type: z.enum(NODE_TYPES), count: offset })),
  relationships: z.array(z.object({ type: z.enum(RELATIONSHIP_TYPES), count: offset })),
});

// Compile-time guards: each schema's output type must be exactly the domain interface.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: {
  entity: Same<z.infer<typeof entitySchema>, Entity>;
  claim: Same<z.infer<typeof claimSchema>, Claim>;
  topic: Same<z.infer<typeof topicSchema>, Topic>;
  source: Same<z.infer<typeof sourceDocumentSchema>, SourceDocument>;
  summary: Same<z.infer<typeof sourceSummarySchema>, SourceSummary>;
  edge: Same<z.infer<typeof edgeSchema>, Edge>;
  factEdge: Same<z.infer<typeof factEdgeSchema>, FactEdge>;
  node: Same<z.infer<typeof graphNodeSchema>, GraphNode>;
  subgraph: Same<z.infer<typeof subgraphSchema>, Subgraph>;
  path: Same<z.infer<typeof pathSchema>, Path>;
  hit: Same<z.infer<typeof searchHitSchema>, SearchHit>;
  page: Same<z.infer<typeof claimPageSchema>, ClaimPage>;
  stats: Same<z.infer<typeof statsSchema>, Stats>;
} = {
  entity: true,
  claim: true,
  topic: true,
  source: true,
  summary: true,
  edge: true,
  factEdge: true,
  node: true,
  subgraph: true,
  path: true,
  hit: true,
  page: true,
  stats: true,
};
void sameShapes;

/** Parse a record leaving an adapter; a mismatch is a bug in that adapter, so the error names the record. */
export function parseRecord<T>({ schema, value, what }: { schema: z.ZodType<T>; value: unknown; what: string }): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${what}: malformed record at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}
