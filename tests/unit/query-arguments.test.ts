/**
 * The argument schemas of server/queries/<query>/arguments.ts: defaults, bounds and the messages
 * naming each argument. These were contract tests when each adapter re-checked its arguments; now
 * the port only accepts parsed (branded) arguments, so a bad argument never reaches a store.
 */
import { LIMITS } from '../../domain/limits';
import { InvalidArgumentError } from '../../server/errors/api-errors';
import { characterCount, parseIdBatch } from '../../server/queries/argument-schemas';
import { parseClaimsArgs } from '../../server/queries/claims/arguments';
import { parseEntitiesArgs } from '../../server/queries/entities/arguments';
import { parseFactEdgesOfArgs, parseRelationshipsArgs } from '../../server/queries/entity-relationships/arguments';
import { parseNeighbourhoodArgs } from '../../server/queries/neighbourhood/arguments';
import { parseSearchArgs } from '../../server/queries/search/arguments';
import { parseShortestPathsArgs } from '../../server/queries/shortest-paths/arguments';

/** The parse throws an InvalidArgumentError naming `argument` (and matching `message` when given). */
function expectInvalidArgument(parse: () => unknown, argument: string, message?: RegExp): void {
  let error: unknown;
  try {
    parse();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(InvalidArgumentError);
  expect((error as InvalidArgumentError).argument).toBe(argument);
  expect((error as Error).message.startsWith(`${argument}: `)).toBe(true);
  if (message) expect((error as Error).message).toMatch(message);
}

describe('query argument schemas', () => {
  it(`batched lookups reject more than ${LIMITS.MAX_BATCH_IDS} ids`, () => {
    const ids = Array.from({ length: LIMITS.MAX_BATCH_IDS + 1 }, (_, i) => `id-${i}`);
    expectInvalidArgument(() => parseIdBatch({ ids }), 'ids', /at most 1000/);
    expect(parseIdBatch({ ids: ids.slice(1) }).ids).toHaveLength(LIMITS.MAX_BATCH_IDS);
  });

  it('rejects malformed cursors, out-of-range first, unknown kinds and over-long text', () => {
    expectInvalidArgument(() => parseClaimsArgs({ after: 'garbage!' }), 'after');
    expectInvalidArgument(() => parseClaimsArgs({ after: Buffer.from('["c1"]').toString('base64url') }), 'after');
    expectInvalidArgument(() => parseClaimsArgs({ first: 0 }), 'first', /1 to 100/);
    expectInvalidArgument(() => parseClaimsArgs({ first: 101 }), 'first');
    expectInvalidArgument(() => parseClaimsArgs({ filter: { kind: 'RUMOUR' as never } }), 'filter.kind', /RUMOUR/);
    expectInvalidArgument(() => parseClaimsArgs({ filter: { text: 'x'.repeat(201) } }), 'filter.text');
  });

  it('rejects unknown relationship types', () => {
    expectInvalidArgument(() => parseFactEdgesOfArgs({ ids: ['qwen'], types: ['LIKES' as never] }), 'types', /LIKES/);
  });

  it('rejects a per-entity limit outside its range', () => {
    expectInvalidArgument(
      () => parseFactEdgesOfArgs({ ids: ['qwen'], limitPerEntity: 0 }),
      'limitPerEntity',
      /1 to 200/,
    );
  });

  it('rejects out-of-range depth, limit and seed count, and unknown types', () => {
    expectInvalidArgument(() => parseNeighbourhoodArgs({ ids: ['qwen'], depth: 4 }), 'depth', /from 0 to 3/);
    expectInvalidArgument(() => parseNeighbourhoodArgs({ ids: ['qwen'], depth: -1 }), 'depth');
    expectInvalidArgument(() => parseNeighbourhoodArgs({ ids: ['qwen'], depth: 1.5 }), 'depth');
    expectInvalidArgument(() => parseNeighbourhoodArgs({ ids: ['qwen'], limit: 0 }), 'limit', /1 to 2000/);
    expectInvalidArgument(() => parseNeighbourhoodArgs({ ids: ['qwen'], limit: LIMITS.MAX_NODES + 1 }), 'limit');
    expectInvalidArgument(
      () => parseNeighbourhoodArgs({ ids: ['qwen'], relationshipTypes: ['LIKES' as never] }),
      'relationshipTypes',
      /LIKES/,
    );
    expectInvalidArgument(
      () => parseNeighbourhoodArgs({ ids: ['qwen'], nodeTypes: ['Thing' as never] }),
      'nodeTypes',
      /Thing/,
    );
    const ids51 = Array.from({ length: LIMITS.MAX_SEED_IDS + 1 }, (_, i) => `id-${i}`);
    expectInvalidArgument(() => parseNeighbourhoodArgs({ ids: ids51 }), 'ids', /at most 50/);
  });

  it('rejects over-long text, out-of-range first and unknown types', () => {
    expectInvalidArgument(
      () => parseSearchArgs({ text: 'x'.repeat(LIMITS.MAX_TEXT_LENGTH + 1) }),
      'text',
      /at most 200/,
    );
    expectInvalidArgument(() => parseSearchArgs({ text: 'qwen', first: 0 }), 'first', /1 to 50/);
    expectInvalidArgument(() => parseSearchArgs({ text: 'qwen', first: LIMITS.MAX_SEARCH + 1 }), 'first');
    expectInvalidArgument(() => parseSearchArgs({ text: 'qwen', types: ['Claim' as never] }), 'types');
  });

  it('rejects out-of-range maxHops and limit, and unknown relationship types', () => {
    expectInvalidArgument(() => parseShortestPathsArgs({ from: 'qwen', to: 'cac', maxHops: 7 }), 'maxHops', /1 to 6/);
    expectInvalidArgument(() => parseShortestPathsArgs({ from: 'qwen', to: 'cac', maxHops: 0 }), 'maxHops');
    expectInvalidArgument(() => parseShortestPathsArgs({ from: 'qwen', to: 'cac', limit: 21 }), 'limit', /1 to 20/);
    expectInvalidArgument(
      () => parseShortestPathsArgs({ from: 'qwen', to: 'cac', relationshipTypes: ['LIKES' as never] }),
      'relationshipTypes',
    );
  });

  it('entities accepts at most MAX_PAGE ids', () => {
    const ids = Array.from({ length: LIMITS.MAX_PAGE + 1 }, (_, i) => `id-${i}`);
    expectInvalidArgument(() => parseEntitiesArgs({ ids }), 'ids', /at most 100 ids, got 101/);
  });

  it('neighbourhood needs at least one seed id', () => {
    expectInvalidArgument(() => parseNeighbourhoodArgs({ ids: [] }), 'ids', /give 1 to 50 ids, got 0/);
  });

  it('Entity.relationships rejects unknown types, naming `types`', () => {
    expectInvalidArgument(() => parseRelationshipsArgs({ types: ['LIKES' as never] }), 'types', /LIKES/);
  });

  it('applies the documented defaults', () => {
    expect(parseNeighbourhoodArgs({ ids: ['a', 'a'] })).toMatchObject({
      depth: LIMITS.DEFAULT_DEPTH,
      limit: LIMITS.DEFAULT_NODES,
    });
    expect(parseSearchArgs({ text: 'q', first: null })).toMatchObject({ first: LIMITS.DEFAULT_SEARCH, types: null });
    expect(parseShortestPathsArgs({ from: 'a', to: 'b' })).toMatchObject({
      maxHops: LIMITS.DEFAULT_HOPS,
      limit: LIMITS.MAX_PATHS,
      viaClaims: false,
    });
    expect(parseShortestPathsArgs({ from: 'a', to: 'b', viaClaims: true }).relationshipTypes).toEqual(
      expect.arrayContaining(['SAID', 'ABOUT']),
    );
    expect(parseShortestPathsArgs({ from: 'a', to: 'b' }).relationshipTypes).not.toContain('SAID');
    expect(parseClaimsArgs({})).toMatchObject({ first: LIMITS.DEFAULT_PAGE, after: null, filter: { words: null } });
    expect(parseFactEdgesOfArgs({ ids: [] })).toMatchObject({
      limitPerEntity: LIMITS.MAX_FACT_EDGES_PER_ENTITY,
      types: null,
    });
  });

  it('deduplicates vocabulary lists, keeping their order', () => {
    expect(parseNeighbourhoodArgs({ ids: ['a'], nodeTypes: ['Model', 'Company', 'Model'] }).nodeTypes).toEqual([
      'Model',
      'Company',
    ]);
  });

  describe('the text limit counts characters (code points), not UTF-16 units', () => {
    const emoji = '\u{1F600}';
    it('200 emoji are 200 characters and pass; 201 do not', () => {
      expect(characterCount(emoji.repeat(200))).toBe(200);
      expect(parseSearchArgs({ text: emoji.repeat(LIMITS.MAX_TEXT_LENGTH) }).text).toBe(emoji.repeat(200));
      expectInvalidArgument(
        () => parseSearchArgs({ text: emoji.repeat(LIMITS.MAX_TEXT_LENGTH + 1) }),
        'text',
        /at most 200 characters, got 201/,
      );
      expect(parseClaimsArgs({ filter: { text: emoji.repeat(200) } }).filter.words).toEqual([]);
      expectInvalidArgument(() => parseClaimsArgs({ filter: { text: emoji.repeat(201) } }), 'filter.text', /got 201/);
    });
  });

  describe('a text without a letter or digit', () => {
    it.each(['*', '~', '\\', '.*', '   ', '?!'])(
      '%j is accepted by search and gives claims no words (matches nothing)',
      (text) => {
        expect(parseSearchArgs({ text }).text).toBe(text);
        expect(parseClaimsArgs({ filter: { text } }).filter.words).toEqual([]);
      },
    );
  });
});
