/**
 * Deterministic synthetic graph for the benchmarks: N entities, M fact relationships and C claims spread
 * over S sources, produced as GraphBatch chunks the GraphStore can write one by one.
 *
 * writeBatch replaces per source, so the graph is cut the way real seed folders are: first entity-only
 * batches (entities need no mentions), then one batch per synthetic source with its text, its claims
 * (each quote is a verbatim span of that text) and the fact edges those claims assert. Fact edges and
 * claims only point at entities, which all exist by then. Same options -> same graph, byte for byte.
 */
import type { Claim, Entity, FactEdge, SourceDocument } from '../domain/graph-types';
import { ENTITY_TYPES, FACT_RELATIONSHIP_TYPES, type EntityType } from '../domain/vocabulary';
import { mulberry32 } from '../client/src/graph/seeded-random';
import { edgeIdOf } from '../server/store/batch-to-edges';
import type { GraphBatch } from '../server/store/graph-store';

export interface SyntheticGraphOptions {
  entities: number;
  factEdges: number;
  claims: number;
  sources: number;
  /**
   * Extra fact edges of one hub entity (HUB_ENTITY_ID), spread over every fact type so that about
   * hubEdges / types entities neighbour it: the benchmark checks that such a hub does not make the
   * neighbourhood of its neighbours unbounded or slow. Counted on top of factEdges.
   */
  hubEdges?: number;
  /** Entities per entity-only batch. */
  entityChunk?: number;
  seed?: number;
}

/** mulberry32 (the client's seeded layouts use the same generator): small, fast, deterministic. */
export const randomGenerator = (seed: number): (() => number) => mulberry32(seed);

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tas',
  'vo',
  'zen',
  'qui',
  'dra',
  'nel',
  'sor',
  'pha',
  'tek',
  'lum',
  'bri',
  'gor',
];

/** A pronounceable name, unique per index ("Kalomi Tasvo 1234"), so search has realistic tokens. */
export function syntheticName({ index }: { index: number }): string {
  const word = (n: number, parts: number) => {
    let out = '';
    for (let i = 0; i < parts; i++) {
      out += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    }
    return out[0].toUpperCase() + out.slice(1);
  };
  return `${word(index, 3)} ${word(index * 7 + 3, 2)} ${index}`;
}

export const syntheticEntityId = (index: number) => `e${index}`;

/** The hub: entity 0. */
export const HUB_ENTITY_ID = syntheticEntityId(0);

/** How many distinct entities the hub touches: its edges cycle over them once per fact type. */
export const hubNeighbourCount = (options: SyntheticGraphOptions) =>
  Math.min(options.entities - 1, Math.ceil((options.hubEdges ?? 0) / FACT_RELATIONSHIP_TYPES.length));

/** Entity index of the k-th hub neighbour (1..hubNeighbourCount). */
export const hubNeighbourIndex = (k: number) => 1 + k;

/** The k-th hub edge (0-based): the hub to/from its (k mod M)-th neighbour, one fact type per round. */
function hubEdgeOf({ k, options }: { k: number; options: SyntheticGraphOptions }): {
  from: string;
  to: string;
  type: FactEdge['type'];
} {
  const m = Math.max(1, hubNeighbourCount(options));
  const other = syntheticEntityId(hubNeighbourIndex(k % m));
  const type = FACT_RELATIONSHIP_TYPES[Math.floor(k / m) % FACT_RELATIONSHIP_TYPES.length];
  return k % 2 === 0 ? { from: HUB_ENTITY_ID, to: other, type } : { from: other, to: HUB_ENTITY_ID, type };
}

function syntheticEntity({ index }: { index: number }): Entity {
  const type: EntityType = ENTITY_TYPES[index % ENTITY_TYPES.length];
  return {
    id: syntheticEntityId(index),
    type,
    name: syntheticName({ index }),
    aliases: index % 5 === 0 ? [`${syntheticName({ index }).split(' ')[0]} Labs`] : [],
    description: `Synthetic ${type.toLowerCase()} number ${index}.`,
    mentions: [],
  };
}

/** Entity-only batches, `entityChunk` entities each. */
export function* entityBatches(options: SyntheticGraphOptions): Generator<GraphBatch> {
  const chunk = options.entityChunk ?? 5_000;
  for (let start = 0; start < options.entities; start += chunk) {
    const entities: Entity[] = [];
    for (let i = start; i < Math.min(options.entities, start + chunk); i++)
      entities.push(syntheticEntity({ index: i }));
    yield { sources: [], topics: [], entities, factEdges: [], claims: [] };
  }
}

/** One batch per source: its text, claims and the fact edges they assert. */
export function* sourceBatches(options: SyntheticGraphOptions): Generator<GraphBatch> {
  const random = randomGenerator(options.seed ?? 42);
  const pick = () => Math.floor(random() * options.entities);
  const seenEdges = new Set<string>();
  for (let s = 0; s < options.sources; s++) {
    const sourceId = `synthetic-source-${s}`;
    const claimCount = Math.floor(options.claims / options.sources) + (s < options.claims % options.sources ? 1 : 0);
    const edgeCount =
      Math.floor(options.factEdges / options.sources) + (s < options.factEdges % options.sources ? 1 : 0);
    let text = '';
    const claims: Claim[] = [];
    for (let c = 0; c < claimCount; c++) {
      const speaker = pick();
      const subjects = [...new Set([pick(), pick()])];
      const quote = `${syntheticName({ index: speaker })} says ${syntheticName({ index: subjects[0] })} leads area ${c % 97}`;
      const start = text.length;
      text += `${quote}. `;
      claims.push({
        id: `${sourceId}-claim-${c}`,
        quote,
        summary: `Claim ${c} of source ${s}`,
        kind: c % 2 === 0 ? 'REPORTED_STATEMENT' : 'AUTHOR_ASSERTION',
        speakerId: syntheticEntityId(speaker),
        subjectIds: subjects.map(syntheticEntityId),
        span: { sourceId, start, end: start + quote.length, quote },
        date: null,
        topicId: null,
        stance: null,
        figures: [],
        supportsIds: [],
        contradictsIds: [],
        assertsEdgeIds: [],
      });
    }
    const factEdges: FactEdge[] = [];
    const asserted = new Map<string, string[]>();
    const assert = (edge: Omit<FactEdge, 'claimIds' | 'role'>) => {
      const claimId = claims[Math.floor(random() * claims.length)].id;
      factEdges.push({ ...edge, role: null, claimIds: [claimId] });
      asserted.set(claimId, [...(asserted.get(claimId) ?? []), edge.id]);
    };
    // This source's share of the hub edges: k = s, s + sources, s + 2 * sources, ...
    for (let k = s; k < (options.hubEdges ?? 0) && claims.length > 0; k += options.sources) {
      const edge = hubEdgeOf({ k, options });
      const id = edgeIdOf(edge);
      if (seenEdges.has(id)) continue;
      seenEdges.add(id);
      assert({ id, ...edge });
    }
    const ownEdges = factEdges.length;
    while (factEdges.length - ownEdges < edgeCount && claims.length > 0) {
      const from = syntheticEntityId(pick());
      const to = syntheticEntityId(pick());
      const type = FACT_RELATIONSHIP_TYPES[Math.floor(random() * FACT_RELATIONSHIP_TYPES.length)];
      const id = edgeIdOf({ from, type, to });
      if (from === to || seenEdges.has(id)) continue;
      // Random edges never touch the hub, so its degree is exactly hubEdges.
      if (from === HUB_ENTITY_ID || to === HUB_ENTITY_ID) continue;
      seenEdges.add(id);
      assert({ id, type, from, to });
    }
    for (const claim of claims) claim.assertsEdgeIds = (asserted.get(claim.id) ?? []).sort();
    const source: SourceDocument = {
      id: sourceId,
      title: `Synthetic source ${s}`,
      publisher: 'whosaid bench',
      url: null,
      publishedAt: '2024-07-10',
      authorId: null,
      text,
    };
    yield { sources: [source], topics: [], entities: [], factEdges, claims };
  }
}
