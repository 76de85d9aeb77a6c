/**
 * The curated article graph, loaded from the real seed directory and written into a store, checked
 * through the GraphStore port only. One factory, run against both stores (embedded and Neo4j), so
 * "the graph holds everything the article says, each piece with its exact span" is proven for both.
 */
import type { Claim, ClaimFilter, FactEdge } from '../../domain/graph-types';
import type { GraphBatch, GraphStore } from '../../server/store/graph-store';
import { LIMITS } from '../../domain/limits';
import { DEFAULT_SEED_DIR } from '../../server/project-root';
import { loadSeedDirectory } from '../../seed/loader/load-seed-directory';
import { formatSeedError } from '../../seed/loader/seed-errors';
import {
  ARTICLE_AUTHOR_ID,
  ARTICLE_SOURCE_ID,
  EXPECTED_FACT_EDGE_COUNT,
  EXPECTED_NODE_COUNTS,
  EXPECTED_RELATIONSHIP_COUNTS,
  GENAI_PATENTS_BY_COUNTRY,
  HEADING_PARAGRAPHS,
  MODELS_WITHOUT_NAMED_DEVELOPER,
  PARAGRAPHS_WITH_CLAIMS,
} from './expected-article-graph';
import { parseClaimsArgs } from '../../server/queries/claims/arguments';
import { parseFactEdgesOfArgs } from '../../server/queries/entity-relationships/arguments';
import { parseIdBatch } from '../../server/queries/argument-schemas';
import { parseSourceArgs } from '../../server/queries/source/arguments';
import { articleWeighingSection } from './article-weighing';

/** A cold Neo4j applies its schema and compiles every query on first use: allow for that (not a speed check). */
const SETUP_TIMEOUT_MS = 60_000;
const TEST_TIMEOUT_MS = 30_000;

export interface ArticleGraphHarness {
  /** An empty store (the caller wipes it first). */
  store: GraphStore;
  teardown: () => Promise<void>;
}

/** Every claim matching the filter, following the cursors page by page. */
async function allClaims({ store, filter }: { store: GraphStore; filter: ClaimFilter }): Promise<Claim[]> {
  const claims: Claim[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.findClaims(parseClaimsArgs({ filter, first: LIMITS.MAX_PAGE, after }));
    claims.push(...page.claims);
    if (!page.hasNextPage) return claims;
    after = page.cursors[page.cursors.length - 1] ?? null;
  }
}

/** Every fact edge touching the given entities, asked in chunks the port accepts. */
async function allFactEdgesOf({ store, ids }: { store: GraphStore; ids: string[] }): Promise<FactEdge[]> {
  const byId = new Map<string, FactEdge>();
  for (let i = 0; i < ids.length; i += LIMITS.MAX_SEED_IDS) {
    const edges = await store.getFactEdgesOf(parseFactEdgesOfArgs({ ids: ids.slice(i, i + LIMITS.MAX_SEED_IDS) }));
    for (const edge of edges) byId.set(edge.id, edge);
  }
  return [...byId.values()];
}

/** [start, end) of each paragraph of the text, split on "\n" as the article is laid out. */
function paragraphRanges({ text }: { text: string }): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const paragraph of text.split('\n')) {
    ranges.push({ start, end: start + paragraph.length });
    start += paragraph.length + 1;
  }
  return ranges;
}

export function articleGraphSuite({ name, setup }: { name: string; setup: () => Promise<ArticleGraphHarness> }): void {
  describe(`the article graph in the ${name} store`, () => {
    jest.setTimeout(TEST_TIMEOUT_MS);
    let harness: ArticleGraphHarness | undefined;
    let batch: GraphBatch;
    const store = () => harness!.store;

    beforeAll(async () => {
      const loaded = await loadSeedDirectory({ seedDir: DEFAULT_SEED_DIR });
      if (!loaded.ok) throw new Error(`the seed does not load:\n${loaded.errors.map(formatSeedError).join('\n')}`);
      batch = loaded.batch;
      harness = await setup();
      await harness.store.writeBatch({ batch });
    }, SETUP_TIMEOUT_MS);

    afterAll(async () => {
      await harness?.teardown();
    });

    const articleText = async () => {
      const source = await store().getSource(parseSourceArgs({ id: ARTICLE_SOURCE_ID }));
      if (!source) throw new Error(`source ${ARTICLE_SOURCE_ID} is missing`);
      return source.text;
    };

    it('holds the expected number of nodes of each label', async () => {
      const stats = await store().stats();
      expect(Object.fromEntries(stats.nodes.map((n) => [n.type, n.count]))).toEqual(EXPECTED_NODE_COUNTS);
    });

    it('holds the expected number of relationships of each type', async () => {
      const stats = await store().stats();
      expect(Object.fromEntries(stats.relationships.map((r) => [r.type, r.count]))).toEqual(
        EXPECTED_RELATIONSHIP_COUNTS,
      );
    });

    it('stores the article with its author and no invented publication date', async () => {
      const source = await store().getSource(parseSourceArgs({ id: ARTICLE_SOURCE_ID }));
      expect(source).toMatchObject({ authorId: ARTICLE_AUTHOR_ID, publishedAt: null });
      const [author] = await store().getEntities(parseIdBatch({ ids: [ARTICLE_AUTHOR_ID] }));
      expect(author).toMatchObject({ type: 'Person' });
    });

    it('gives every claim a quote that is exactly its slice of the article, without overlaps', async () => {
      const text = await articleText();
      const claims = await allClaims({ store: store(), filter: { sourceId: ARTICLE_SOURCE_ID } });
      expect(claims).toHaveLength(EXPECTED_NODE_COUNTS.Claim);
      for (const claim of claims) {
        expect({ id: claim.id, slice: text.slice(claim.span.start, claim.span.end) }).toEqual({
          id: claim.id,
          slice: claim.quote,
        });
        expect(claim.span.quote).toBe(claim.quote);
      }
      // findClaims orders by span start, so each claim must end before the next one starts.
      for (let i = 1; i < claims.length; i++) {
        expect(claims[i]!.span.start).toBeGreaterThanOrEqual(claims[i - 1]!.span.end);
      }
    });

    it('names every entity but the never-named author exactly where its mentions point', async () => {
      const text = await articleText();
      const ids = batch.entities.map((e) => e.id);
      const entities = await store().getEntities(parseIdBatch({ ids }));
      entities.forEach((entity, i) => {
        expect(entity?.id).toBe(ids[i]);
        // The unsigned article never names its author: the one entity allowed no mention.
        if (entity!.id === ARTICLE_AUTHOR_ID) expect(entity!.mentions).toEqual([]);
        else expect(entity!.mentions.length).toBeGreaterThan(0);
        for (const mention of entity!.mentions) {
          expect({ id: entity!.id, slice: text.slice(mention.start, mention.end) }).toEqual({
            id: entity!.id,
            slice: mention.quote,
          });
        }
      });
    });

    it('backs every fact edge with at least one stored claim that asserts it', async () => {
      const edges = await allFactEdgesOf({ store: store(), ids: batch.entities.map((e) => e.id) });
      expect(edges).toHaveLength(EXPECTED_FACT_EDGE_COUNT);
      const claimIds = [...new Set(edges.flatMap((e) => e.claimIds))];
      const claims = new Map(
        (await store().getClaims(parseIdBatch({ ids: claimIds }))).map((c, i) => [claimIds[i]!, c]),
      );
      for (const edge of edges) {
        expect(edge.claimIds.length).toBeGreaterThan(0);
        for (const claimId of edge.claimIds) {
          expect({ edge: edge.id, claim: claims.get(claimId)?.id }).toEqual({ edge: edge.id, claim: claimId });
          expect(claims.get(claimId)!.assertsEdgeIds).toContain(edge.id);
        }
      }
    });

    it('traces 01.AI -> DERIVED_FROM -> LLaMA to the author’s sentence', async () => {
      const [edge] = await store().getEdges(parseIdBatch({ ids: ['01-ai--DERIVED_FROM--llama'] }));
      expect(edge).toMatchObject({ type: 'DERIVED_FROM', from: '01-ai', to: 'llama' });
      const claims = await store().getClaims(parseIdBatch({ ids: edge!.claimIds }));
      expect(claims.map((c) => c?.quote)).toEqual([
        'For instance, some of the technology in Chinese firm 01.AI, which released its open-source model, came from LLaMA.',
      ]);
      expect(claims[0]).toMatchObject({ speakerId: ARTICLE_AUTHOR_ID, kind: 'AUTHOR_ASSERTION' });
    });

    it('has Clement Delangue say “Qwen 72B is the king”', async () => {
      const quotes = await allClaims({
        store: store(),
        filter: { speakerId: 'clement-delangue', kind: 'DIRECT_QUOTE' },
      });
      expect(quotes.map((c) => c.quote)).toEqual([
        'Qwen 72B is the king, and Chinese open models are dominating overall.',
      ]);
      const byWord = await allClaims({ store: store(), filter: { text: 'king' } });
      expect(byWord.map((c) => c.speakerId)).toEqual(['clement-delangue']);
    });

    it('puts every patent figure by country on one claim and one chart', async () => {
      const claims = await allClaims({ store: store(), filter: { sourceId: ARTICLE_SOURCE_ID } });
      const charted = claims.filter((c) => c.figures.some((f) => f.chart === 'genai-patents-by-country'));
      expect(charted.map((c) => c.id)).toEqual(['un-genai-inventions-by-country']);
      expect(charted[0]!.speakerId).toBe('un');
      const figures = charted[0]!.figures.filter((f) => f.chart === 'genai-patents-by-country');
      expect(Object.fromEntries(figures.map((f) => [f.label, f.value]))).toEqual(GENAI_PATENTS_BY_COUNTRY);
    });

    it('marks “over 80%” of the survey as a lower bound', async () => {
      const [survey] = await store().getClaims(parseIdBatch({ ids: ['survey-genai-adoption-by-business-leaders'] }));
      expect(survey!.figures.map((f) => [f.label, f.value, f.isLowerBound])).toEqual([
        ['China', 80, true],
        ['Global average', 54, false],
        ['US average', 65, false],
      ]);
    });

    it('invents no developer for models whose maker the article does not name', async () => {
      const developed = await store().getFactEdgesOf(
        parseFactEdgesOfArgs({ ids: MODELS_WITHOUT_NAMED_DEVELOPER, types: ['DEVELOPED'] }),
      );
      expect(developed).toEqual([]);
      const present = await store().getEntities(parseIdBatch({ ids: MODELS_WITHOUT_NAMED_DEVELOPER }));
      expect(present.every((e) => e?.type === 'Model')).toBe(true);
    });

    it('links conflicting claims: Jenny Xiao’s “aren’t very good” contradicts Delangue', async () => {
      const [xiao] = await store().getClaims(parseIdBatch({ ids: ['xiao-chinese-models-arent-very-good'] }));
      expect(xiao).toMatchObject({ speakerId: 'jenny-xiao', topicId: 'who-leads-in-ai', stance: 'us-leads' });
      expect(xiao!.contradictsIds).toContain('delangue-qwen-72b-is-the-king');
    });

    it('has every AUTHOR_ASSERTION said by the article’s author', async () => {
      const assertions = await allClaims({ store: store(), filter: { kind: 'AUTHOR_ASSERTION' } });
      expect(assertions.length).toBeGreaterThan(0);
      expect(new Set(assertions.map((c) => c.speakerId))).toEqual(new Set([ARTICLE_AUTHOR_ID]));
    });

    it('covers every paragraph that states something, and no section heading', async () => {
      const text = await articleText();
      const paragraphs = paragraphRanges({ text });
      expect(paragraphs).toHaveLength(PARAGRAPHS_WITH_CLAIMS.length + HEADING_PARAGRAPHS.length);
      const claims = await allClaims({ store: store(), filter: { sourceId: ARTICLE_SOURCE_ID } });
      const claimsIn = (index: number) =>
        claims.filter((c) => c.span.start >= paragraphs[index]!.start && c.span.end <= paragraphs[index]!.end);
      const uncovered = PARAGRAPHS_WITH_CLAIMS.filter((index) => claimsIn(index).length === 0);
      expect(uncovered).toEqual([]);
      expect(HEADING_PARAGRAPHS.flatMap((index) => claimsIn(index).map((c) => c.id))).toEqual([]);
      // No claim straddles two paragraphs.
      const inSomeParagraph = (c: Claim) => paragraphs.some((p) => c.span.start >= p.start && c.span.end <= p.end);
      expect(claims.filter((c) => !inSomeParagraph(c)).map((c) => c.id)).toEqual([]);
    });

    articleWeighingSection({ store });

    // Last: it writes the batch a second time.
    it('changes nothing when the same seed is written again', async () => {
      const before = await store().stats();
      const claimsBefore = await allClaims({ store: store(), filter: {} });
      await store().writeBatch({ batch });
      expect(await store().stats()).toEqual(before);
      expect(await allClaims({ store: store(), filter: {} })).toEqual(claimsBefore);
    });
  });
}
