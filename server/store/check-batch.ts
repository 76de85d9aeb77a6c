/**
 * Consistency checks every adapter runs on a GraphBatch before writing anything, so both stores
 * reject the same batches with the same messages and a bad batch never half-writes.
 * The seed loader already reports these problems with file and line; this is the store's own
 * guard for callers that build batches in code.
 *
 * Usage: ids = idsToLookUp({ batch }); fetch what the store holds for them; checkBatch({ batch, stored }).
 */
import type { z } from 'zod';
import type { SourceSpan } from '../../domain/graph-types';
import type { NodeType } from '../../domain/vocabulary';
import { edgeIdOf } from './batch-to-edges';
import type { GraphBatch } from './graph-store';
import { claimSchema, entitySchema, factEdgeSchema, sourceDocumentSchema, topicSchema } from './record-schemas';
import { InvalidArgumentError } from '../errors/api-errors';

/** What the store already holds for the ids of idsToLookUp(). Missing keys mean "not stored". */
export interface StoredReferences {
  nodeTypes: ReadonlyMap<string, NodeType>;
  sourceTexts: ReadonlyMap<string, string>;
  topicIds: ReadonlySet<string>;
}

const BATCH_PARTS = ['sources', 'topics', 'entities', 'factEdges', 'claims'] as const;

/** A batch from untyped code may lack a list; say which instead of crashing on it. */
export function checkBatchShape({ batch }: { batch: unknown }): GraphBatch {
  if (typeof batch !== 'object' || batch === null) fail('must be an object with lists ' + BATCH_PARTS.join(', '));
  for (const part of BATCH_PARTS) {
    if (!Array.isArray((batch as Record<string, unknown>)[part])) fail(`${part}: must be a list`);
  }
  return batch as GraphBatch;
}

/**
 * Node ids the batch defines or references (to detect collisions and dangling references), plus
 * source and topic ids. Checks the records' shape first, so it throws InvalidArgumentError('batch') too.
 */
export function idsToLookUp({ batch }: { batch: GraphBatch }): {
  nodeIds: string[];
  sourceIds: string[];
  topicIds: string[];
} {
  checkBatchRecords({ batch });
  const nodeIds = new Set<string>();
  const sourceIds = new Set<string>();
  const topicIds = new Set<string>();
  for (const s of batch.sources) nodeIds.add(s.id);
  for (const e of batch.entities) {
    nodeIds.add(e.id);
    for (const m of e.mentions) sourceIds.add(m.sourceId);
  }
  for (const c of batch.claims) {
    [c.id, c.speakerId, ...c.subjectIds, ...c.supportsIds, ...c.contradictsIds].forEach((id) => nodeIds.add(id));
    sourceIds.add(c.span.sourceId);
    if (c.topicId !== null) topicIds.add(c.topicId);
  }
  for (const f of batch.factEdges) [f.from, f.to, ...f.claimIds].forEach((id) => nodeIds.add(id));
  for (const id of sourceIds) nodeIds.add(id);
  return { nodeIds: [...nodeIds].sort(), sourceIds: [...sourceIds].sort(), topicIds: [...topicIds].sort() };
}

const fail = (message: string): never => {
  throw new InvalidArgumentError('batch', message);
};

function parseAll<T>({ list, schema, name }: { list: readonly T[]; schema: z.ZodType<T>; name: string }): void {
  list.forEach((item, i) => {
    const result = schema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0];
      fail(`${name}[${i}].${issue.path.join('.')}: ${issue.message}`);
    }
  });
}

/** Shape of the batch and of every record in it (zod), before anything reads fields. */
export function checkBatchRecords({ batch: value }: { batch: unknown }): GraphBatch {
  const batch = checkBatchShape({ batch: value });
  parseAll({ list: batch.sources, schema: sourceDocumentSchema, name: 'sources' });
  parseAll({ list: batch.topics, schema: topicSchema, name: 'topics' });
  parseAll({ list: batch.entities, schema: entitySchema, name: 'entities' });
  parseAll({ list: batch.claims, schema: claimSchema, name: 'claims' });
  parseAll({ list: batch.factEdges, schema: factEdgeSchema, name: 'factEdges' });
  return batch;
}

/** Throws InvalidArgumentError('batch', ...) naming the first problem; returns nothing when the batch can be written. */
export function checkBatch({ batch, stored }: { batch: GraphBatch; stored: StoredReferences }): void {
  checkBatchRecords({ batch });

  // Node ids are unique across entities, claims and sources (they share one id space in the graph).
  const batchTypes = new Map<string, NodeType>();
  const define = (id: string, type: NodeType, where: string) => {
    const previous = batchTypes.get(id);
    if (previous !== undefined) fail(`${where}: id "${id}" is already used by a ${previous} in the batch`);
    const storedType = stored.nodeTypes.get(id);
    if (storedType !== undefined && storedType !== type)
      fail(`${where}: id "${id}" is already a ${storedType} in the store`);
    batchTypes.set(id, type);
  };
  batch.sources.forEach((s, i) => define(s.id, 'Source', `sources[${i}]`));
  batch.entities.forEach((e, i) => define(e.id, e.type, `entities[${i}]`));
  batch.claims.forEach((c, i) => define(c.id, 'Claim', `claims[${i}]`));
  const topicIds = new Set<string>();
  batch.topics.forEach((t, i) => {
    if (topicIds.has(t.id)) fail(`topics[${i}]: id "${t.id}" appears twice`);
    topicIds.add(t.id);
  });

  const typeOf = (id: string) => batchTypes.get(id) ?? stored.nodeTypes.get(id);
  const isEntity = (id: string) => {
    const type = typeOf(id);
    return type !== undefined && type !== 'Claim' && type !== 'Source';
  };
  const need = (ok: boolean, where: string, what: string) => {
    if (!ok) fail(`${where}: ${what} is not in the batch or the store`);
  };
  const sourceTexts = new Map(stored.sourceTexts);
  batch.sources.forEach((s) => sourceTexts.set(s.id, s.text));
  const checkSpan = (span: SourceSpan, where: string) => {
    const text = sourceTexts.get(span.sourceId);
    if (text === undefined) return fail(`${where}: source "${span.sourceId}" is not in the batch or the store`);
    if (span.end !== span.start + span.quote.length || text.slice(span.start, span.end) !== span.quote) {
      fail(`${where}: quote is not the text of source "${span.sourceId}" at ${span.start}..${span.end}`);
    }
  };

  batch.entities.forEach((e, i) => e.mentions.forEach((m, j) => checkSpan(m, `entities[${i}].mentions[${j}]`)));
  batch.claims.forEach((c, i) => {
    const where = `claims[${i}] ("${c.id}")`;
    if (c.quote !== c.span.quote) fail(`${where}: quote differs from span.quote`);
    checkSpan(c.span, `${where}.span`);
    need(isEntity(c.speakerId), where, `speaker entity "${c.speakerId}"`);
    c.subjectIds.forEach((id) => need(isEntity(id), where, `subject entity "${id}"`));
    [...c.supportsIds, ...c.contradictsIds].forEach((id) => need(typeOf(id) === 'Claim', where, `claim "${id}"`));
    if (c.topicId !== null)
      need(topicIds.has(c.topicId) || stored.topicIds.has(c.topicId), where, `topic "${c.topicId}"`);
  });

  const edgeIds = new Set<string>();
  batch.factEdges.forEach((f, i) => {
    const where = `factEdges[${i}] ("${f.id}")`;
    if (f.id !== edgeIdOf(f)) fail(`${where}: id must be "${edgeIdOf(f)}"`);
    if (edgeIds.has(f.id)) fail(`${where}: appears twice`);
    edgeIds.add(f.id);
    need(isEntity(f.from), where, `entity "${f.from}"`);
    need(isEntity(f.to), where, `entity "${f.to}"`);
    if (f.claimIds.length === 0) fail(`${where}: claimIds is empty (every fact needs a claim asserting it)`);
    f.claimIds.forEach((id) => need(typeOf(id) === 'Claim', where, `claim "${id}"`));
  });
}
