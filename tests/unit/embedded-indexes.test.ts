/**
 * The embedded store's per-state indexes (search terms, claim postings, cached stats) must answer
 * exactly what a scan of every record answers. This compares them with small reference scans (the
 * pre-index implementations) on a seeded synthetic graph with awkward extra names, so any candidate
 * the index misses, or any page it orders differently, fails here.
 */
import type { Claim, Entity } from '../../domain/graph-types';
import { CLAIM_KINDS, ENTITY_TYPES, NODE_TYPES, RELATIONSHIP_TYPES } from '../../domain/vocabulary';
import { entityBatches, HUB_ENTITY_ID, randomGenerator, sourceBatches } from '../../bench/generate-synthetic-graph';
import { tokenize } from '../../server/domain/search-scoring';
import { findClaimsIn } from '../../server/queries/claims/embedded';
import { parseClaimsArgs } from '../../server/queries/claims/arguments';
import { searchEntities } from '../../server/queries/search/embedded';
import { parseSearchArgs } from '../../server/queries/search/arguments';
import { neighbourhoodOf } from '../../server/queries/neighbourhood/embedded';
import { parseNeighbourhoodArgs } from '../../server/queries/neighbourhood/arguments';
import { shortestPathsBetween } from '../../server/queries/shortest-paths/embedded';
import { parseShortestPathsArgs } from '../../server/queries/shortest-paths/arguments';
import { countsOf } from '../../server/queries/stats/embedded';
import { emptyState, type EmbeddedState } from '../../server/store/embedded/embedded-graph';
import { applyBatch } from '../../server/store/embedded/embedded-write-batch';
import { decodeClaimCursor } from '../../server/store/claim-cursor';
import type { GraphBatch } from '../../server/store/graph-store';
import { HUB_DEGREE } from '../../server/store/embedded/hub-neighbours';
import { aTopic, anEntity } from '../support/builders';
import {
  referenceClaims,
  referenceNeighbourhood,
  referenceSearch,
  referenceShortestPaths,
} from '../support/embedded-reference-scans';

const random = randomGenerator(7);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
const chance = (p: number) => random() < p;

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'omega', 'kilo', 'lima', 'papa'];
const LETTERS = 'abcdeéxyz01 -.';

/** Short names over a small alphabet (accents, digits, punctuation) so fuzzy, prefix and exact matches pile up. */
function awkwardName(): string {
  let name = '';
  const length = 2 + Math.floor(random() * 12);
  for (let i = 0; i < length; i++) name += pick([...LETTERS]);
  return /[\p{L}\p{N}]/u.test(name) ? name : `${name}a`;
}

function buildState(): EmbeddedState {
  const options = { entities: 600, factEdges: 1_000, hubEdges: 2_500, claims: 400, sources: 4, seed: 11 };
  const topics = [aTopic({ id: 'topic-a' }), aTopic({ id: 'topic-b' })];
  const extra: Entity[] = Array.from({ length: 200 }, (_, i) =>
    anEntity({
      id: `x${i}`,
      type: pick(ENTITY_TYPES),
      name: awkwardName(),
      aliases: chance(0.4) ? [awkwardName(), awkwardName()] : [],
    }),
  );
  // Topics, stances, review and worded summaries are not in the synthetic claims; add them so every filter bites.
  const vary = (claim: Claim): Claim => {
    const topic = chance(0.6) ? pick(topics) : null;
    return {
      ...claim,
      summary: `${pick(WORDS)} ${pick(WORDS)} ${claim.summary}`,
      topicId: topic?.id ?? null,
      stance: topic && chance(0.7) ? pick(topic.stances).id : null,
      ...(chance(0.2) ? { review: 'proposed' as const } : {}),
    };
  };
  const batches: GraphBatch[] = [
    ...entityBatches(options),
    { sources: [], topics, entities: extra, factEdges: [], claims: [] },
    ...[...sourceBatches(options)].map((batch) => ({ ...batch, claims: batch.claims.map(vary) })),
  ];
  return batches.reduce((state, batch) => applyBatch({ state, batch }).state, emptyState());
}

/** A query near a name: a prefix, a typo (delete, insert, substitute, transpose), one word, or two names' words. */
function queryNear(names: readonly string[]): string {
  const name = pick(names);
  const at = Math.floor(random() * name.length);
  switch (Math.floor(random() * 8)) {
    case 0:
      return name.slice(0, 1 + at);
    case 1:
      return name.slice(0, at) + name.slice(at + 1);
    case 2:
      return name.slice(0, at) + pick([...LETTERS]) + name.slice(at);
    case 3:
      return name.slice(0, at) + pick([...LETTERS]) + name.slice(at + 1);
    case 4:
      return name.slice(0, at) + name.slice(at + 1, at + 2) + name.slice(at, at + 1) + name.slice(at + 2);
    case 5:
      return pick(tokenize(name)) ?? name;
    case 6:
      return `${pick(tokenize(pick(names))) ?? ''} ${pick(tokenize(pick(names))) ?? ''}`;
    default:
      return awkwardName();
  }
}

describe('embedded store indexes answer like a scan of every record', () => {
  const state = buildState();
  const names: string[] = [];
  const claims: Claim[] = [];
  state.graph.forEachNode((_id, record) => {
    if (record.kind === 'entity') names.push(record.entity.name, ...record.entity.aliases);
    if (record.kind === 'claim') claims.push(record.claim);
  });

  it('search: same hits, scores and order for 250 prefix, typo and word queries', () => {
    let nonEmpty = 0;
    for (let i = 0; i < 250; i++) {
      const args = parseSearchArgs({
        text: queryNear(names),
        types: chance(0.2) ? [pick(ENTITY_TYPES), pick(ENTITY_TYPES)] : null,
        first: 50,
      });
      const expected = referenceSearch({ state, args });
      if (expected.length > 0) nonEmpty++;
      expect({ text: args.text, hits: searchEntities({ state, args }) }).toEqual({ text: args.text, hits: expected });
    }
    // Guard against a generator that only produces misses (which any index would pass).
    expect(nonEmpty).toBeGreaterThan(125);
  });

  it('claims: same matches, totals and pages for 200 random filters paged to the end', () => {
    let nonEmpty = 0;
    for (let i = 0; i < 200; i++) {
      const claim = pick(claims);
      const filter = {
        speakerId: chance(0.3) ? claim.speakerId : undefined,
        aboutId: chance(0.3) ? pick(claim.subjectIds) : undefined,
        topicId: chance(0.3) ? pick(['topic-a', 'topic-b']) : undefined,
        stance: chance(0.2) ? pick(['for', 'against']) : undefined,
        kind: chance(0.2) ? pick(CLAIM_KINDS) : undefined,
        sourceId: chance(0.3) ? claim.span.sourceId : undefined,
        text: chance(0.5)
          ? [pick(tokenize(claim.quote)), chance(0.5) ? pick(WORDS) : '', chance(0.1) ? 'nowhere' : ''].join(' ')
          : chance(0.05)
            ? '--'
            : undefined,
        reviewed: chance(0.2) ? chance(0.5) : undefined,
      };
      const first = 1 + Math.floor(random() * 40);
      const expected = referenceClaims({ state, args: parseClaimsArgs({ filter, first }) });
      if (expected.length > 0) nonEmpty++;
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = findClaimsIn({ state, args: parseClaimsArgs({ filter, first, after }) });
        expect(page.totalCount).toBe(expected.length);
        expect(page.cursors.map((cursor) => decodeClaimCursor({ cursor }).id)).toEqual(page.claims.map((c) => c.id));
        seen.push(...page.claims.map((c) => c.id));
        if (!page.hasNextPage) break;
        after = page.cursors[page.cursors.length - 1];
      }
      expect({ filter, ids: seen }).toEqual({ filter, ids: expected.map((c) => c.id) });
    }
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('paths: same shortest paths, in the same order, for 150 pairs (some through the hub, some via claims)', () => {
    const ids: string[] = [];
    state.graph.forEachNode((id, record) => {
      if (record.kind === 'entity' && id.startsWith('e')) ids.push(id);
    });
    let found = 0;
    for (let i = 0; i < 150; i++) {
      const args = parseShortestPathsArgs({
        from: chance(0.2) ? HUB_ENTITY_ID : pick(ids),
        to: chance(0.1) ? pick(claims).id : pick(ids),
        maxHops: 2 + Math.floor(random() * 5),
        viaClaims: chance(0.3),
        limit: 1 + Math.floor(random() * 20),
      });
      const expected = referenceShortestPaths({ state, args });
      if (expected.length > 0) found++;
      expect({ args, paths: shortestPathsBetween({ state, args }) }).toEqual({ args, paths: expected });
    }
    expect(found).toBeGreaterThan(50);
  });

  it('neighbourhood: same nodes, edges and counts for 150 seeds, small limits cutting large levels', () => {
    const ids: string[] = [];
    state.graph.forEachNode((id) => ids.push(id));
    let cut = 0;
    for (let i = 0; i < 150; i++) {
      const args = parseNeighbourhoodArgs({
        ids: chance(0.2) ? [HUB_ENTITY_ID] : [pick(ids), ...(chance(0.3) ? [pick(ids)] : [])],
        depth: 1 + Math.floor(random() * 3),
        limit: chance(0.5) ? 1 + Math.floor(random() * 10) : 150,
        ...(chance(0.3) ? { relationshipTypes: RELATIONSHIP_TYPES.filter(() => chance(0.3)) } : {}),
        ...(chance(0.2) ? { nodeTypes: NODE_TYPES.filter(() => chance(0.6)) } : {}),
      });
      const expected = referenceNeighbourhood({ state, args });
      if (expected.truncated) cut++;
      expect({ args, subgraph: neighbourhoodOf({ state, args }) }).toEqual({ args, subgraph: expected });
    }
    expect(cut).toBeGreaterThan(40);
    // The hub must be a hub for the store (walked through its precomputed neighbours), or this tests less.
    expect(state.graph.degree(HUB_ENTITY_ID)).toBeGreaterThanOrEqual(HUB_DEGREE);
  });

  it('stats: cached counts equal a fresh count, and a write publishes new counts', () => {
    const before = countsOf({ state });
    expect(countsOf({ state })).toEqual(before);
    const next = applyBatch({
      state,
      batch: {
        sources: [],
        topics: [],
        entities: [anEntity({ id: 'new-one', type: 'Person' })],
        factEdges: [],
        claims: [],
      },
    }).state;
    const person = (stats: typeof before) => stats.nodes.find((row) => row.type === 'Person')!.count;
    expect(person(countsOf({ state: next }))).toBe(person(before) + 1);
    expect(countsOf({ state })).toEqual(before);
  });
});
