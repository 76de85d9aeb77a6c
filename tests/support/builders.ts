/**
 * Fixture builders: small valid records with overridable fields (one object argument).
 * Spans are never typed by hand: aClaim / aMention find the quote in the source text and compute
 * start/end, so every fixture satisfies text.slice(start, end) === quote.
 */
import type { Claim, Entity, FactEdge, SourceDocument, SourceSpan, Topic } from '../../domain/graph-types';
import type { EntityType, FactRelationshipType } from '../../domain/vocabulary';
import { assertedEdgeIdsOf, edgeIdOf } from '../../server/store/batch-to-edges';
import type { GraphBatch } from '../../server/store/graph-store';

export function aSource(overrides: Partial<SourceDocument> = {}): SourceDocument {
  return {
    id: 'source-a',
    title: 'A source',
    publisher: null,
    url: null,
    publishedAt: null,
    authorId: null,
    text: 'Acme said that Widget beats Gadget.',
    ...overrides,
  };
}

/** A span of `source` covering the `occurrence`-th (0-based) occurrence of `quote`; throws when absent. */
export function aSpan({
  source,
  quote,
  occurrence = 0,
}: {
  source: SourceDocument;
  quote: string;
  occurrence?: number;
}): SourceSpan {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = source.text.indexOf(quote, start + 1);
    if (start < 0) throw new Error(`builder: "${quote}" (occurrence ${occurrence}) is not in source ${source.id}`);
  }
  return { sourceId: source.id, start, end: start + quote.length, quote };
}

/** An entity mention: the span of `quote` (default: nothing) in `source`. */
export const aMention = aSpan;

export function anEntity(overrides: Partial<Entity> & { type: EntityType }): Entity {
  return {
    id: 'acme',
    name: 'Acme',
    aliases: [],
    description: 'A thing the source talks about.',
    mentions: [],
    ...overrides,
  };
}

export const aCompany = (overrides: Partial<Entity> = {}) => anEntity({ ...overrides, type: 'Company' });
export const aModel = (overrides: Partial<Entity> = {}) =>
  anEntity({ id: 'widget', name: 'Widget', ...overrides, type: 'Model' });
export const aPerson = (overrides: Partial<Entity> = {}) =>
  anEntity({ id: 'ada', name: 'Ada', ...overrides, type: 'Person' });
export const aRegulator = (overrides: Partial<Entity> = {}) =>
  anEntity({ id: 'regulator', name: 'Regulator', ...overrides, type: 'Regulator' });

export function aTopic(overrides: Partial<Topic> = {}): Topic {
  return {
    id: 'topic-a',
    name: 'Topic A',
    description: 'What the claims argue about.',
    stances: [
      { id: 'for', label: 'For' },
      { id: 'against', label: 'Against' },
    ],
    ...overrides,
  };
}

/**
 * A claim whose span is the quote's position in `source` (default: the whole text of aSource()).
 * assertsEdgeIds is left empty: aBatch fills it from the batch's fact edges.
 */
export function aClaim(
  overrides: Partial<Omit<Claim, 'span' | 'quote'>> & {
    source?: SourceDocument;
    quote?: string;
    occurrence?: number;
  } = {},
): Claim {
  const { source = aSource(), quote = source.text, occurrence = 0, ...rest } = overrides;
  return {
    id: 'claim-a',
    quote,
    summary: quote,
    kind: 'REPORTED_STATEMENT',
    speakerId: 'acme',
    subjectIds: ['widget'],
    span: aSpan({ source, quote, occurrence }),
    date: null,
    topicId: null,
    stance: null,
    figures: [],
    supportsIds: [],
    contradictsIds: [],
    assertsEdgeIds: [],
    ...rest,
  };
}

/** A fact edge with its id computed from from/type/to. */
export function aFactEdge(overrides: Partial<Omit<FactEdge, 'id'>> & { type?: FactRelationshipType } = {}): FactEdge {
  const { type = 'DEVELOPED', from = 'acme', to = 'widget', role = null, claimIds = ['claim-a'], review } = overrides;
  return { id: edgeIdOf({ from, type, to }), type, from, to, role, claimIds, ...(review ? { review } : {}) };
}

/** A GraphBatch; each claim's assertsEdgeIds becomes the ids of the batch's fact edges listing it. */
export function aBatch(parts: Partial<GraphBatch> = {}): GraphBatch {
  const { sources = [], topics = [], entities = [], factEdges = [], claims = [] } = parts;
  return {
    sources,
    topics,
    entities,
    factEdges,
    claims: claims.map((claim) => ({ ...claim, assertsEdgeIds: assertedEdgeIdsOf({ claimId: claim.id, factEdges }) })),
  };
}
