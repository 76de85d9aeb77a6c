/**
 * The SDL documents argument ranges in prose ("1..50 (default 10)", "at most 200 characters").
 * Every such range found in a description must equal the LIMITS table (domain/limits.ts) that the
 * argument schemas are built from, so the documentation cannot drift from what is enforced.
 * A range in a place this table does not know fails too: add the place here.
 */
import type { GraphQLArgument, GraphQLField } from 'graphql';
import { getNullableType, isInputObjectType, isInterfaceType, isListType, isObjectType } from 'graphql';
import { LIMITS } from '../../domain/limits';
import { ENTITY_TYPES } from '../../domain/vocabulary';
import { listBoundOf } from '../../server/graphql/limits/list-bounds';
import { loadSchemaDocument } from '../../server/graphql/schema';
import { MAX_COLLECTED_CLAIMS } from '../../server/queries/claims/collect-claims';
import { MAX_ENTITY_IDS } from '../../server/queries/entities/arguments';

type Range = { min: number; max: number; fallback?: number };
const page: Range = { min: 1, max: LIMITS.MAX_PAGE, fallback: LIMITS.DEFAULT_PAGE };

/** `Type.field(argument)` or `Type.field` -> the range its description must state. */
function expectedRange(where: string): Range | undefined {
  if (/\.(claimsBy|claimsAbout)(\(first\))?$/.test(where) || where === 'Query.claims(first)') return page;
  const table: Record<string, Range> = {
    'Query.search(first)': { min: 1, max: LIMITS.MAX_SEARCH, fallback: LIMITS.DEFAULT_SEARCH },
    'Query.neighbourhood(ids)': { min: 1, max: LIMITS.MAX_SEED_IDS },
    'Query.neighbourhood(depth)': { min: 0, max: LIMITS.MAX_DEPTH, fallback: LIMITS.DEFAULT_DEPTH },
    'Query.neighbourhood(limit)': { min: 1, max: LIMITS.MAX_NODES, fallback: LIMITS.DEFAULT_NODES },
    'Query.paths(maxHops)': { min: 1, max: LIMITS.MAX_HOPS, fallback: LIMITS.DEFAULT_HOPS },
    'Query.timeline(first)': { min: 1, max: LIMITS.MAX_TIMELINE, fallback: LIMITS.DEFAULT_TIMELINE },
    'Query.speakerProfile(first)': { min: 1, max: LIMITS.MAX_PROFILE_CLAIMS, fallback: LIMITS.DEFAULT_PROFILE_CLAIMS },
    'Query.disputes(first)': { min: 1, max: LIMITS.MAX_DISPUTES, fallback: LIMITS.DEFAULT_DISPUTES },
    'Mutation.reviewClaims(ids)': { min: 1, max: LIMITS.MAX_REVIEW_IDS },
  };
  if (table[where]) return table[where];
  // List fields bounded by a `first` argument: the range is the list-bounds table's (built from LIMITS).
  const first = /^(\w+)\.(\w+)\(first\)$/.exec(where);
  const bound = first ? boundOf(first[1]!, first[2]!) : undefined;
  return bound?.kind === 'first' ? { min: 1, max: bound.max, fallback: bound.fallback } : undefined;
}

const ENTITY_TYPE_NAMES = new Set<string>(['Entity', ...ENTITY_TYPES]);
const boundOf = (typeName: string, fieldName: string) =>
  listBoundOf({ typeName, fieldName, isEntity: ENTITY_TYPE_NAMES.has(typeName) });

/** `Type.field(argument)` or `Type.field` -> the "at most N" its description must state. */
function expectedAtMost(where: string): number | undefined {
  const table: Record<string, number> = {
    'Query.search(text)': LIMITS.MAX_TEXT_LENGTH,
    'ClaimFilter.text': LIMITS.MAX_TEXT_LENGTH,
    'Query.entities': MAX_ENTITY_IDS,
    'Query.entities(ids)': MAX_ENTITY_IDS,
    'Query.edges(ids)': MAX_ENTITY_IDS,
    'ProposeSourceInput.text': LIMITS.MAX_SOURCE_TEXT,
    'SourceInput.text': LIMITS.MAX_SOURCE_TEXT,
    'SourceInput.entities': LIMITS.MAX_SOURCE_RECORDS,
    'SourceInput.claims': LIMITS.MAX_SOURCE_RECORDS,
    'SourceInput.relationships': LIMITS.MAX_SOURCE_RECORDS,
    'Query.paths': LIMITS.MAX_PATHS,
    'Query.whoSaid': MAX_COLLECTED_CLAIMS,
    'TopicStance.claims': MAX_COLLECTED_CLAIMS,
    'Source.spans': MAX_COLLECTED_CLAIMS,
  };
  if (table[where] !== undefined) return table[where];
  // Lists with a fixed cap state it as "at most N": the cap of the list-bounds table.
  const field = /^(\w+)\.(\w+)$/.exec(where);
  const bound = field ? boundOf(field[1]!, field[2]!) : undefined;
  return bound?.kind === 'cap' ? bound.max : undefined;
}

function describedPlaces(): { where: string; text: string }[] {
  const places: { where: string; text: string }[] = [];
  for (const type of Object.values(loadSchemaDocument().getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        places.push({ where: `${type.name}.${field.name}`, text: field.description ?? '' });
        for (const arg of field.args as readonly GraphQLArgument[]) {
          places.push({ where: `${type.name}.${field.name}(${arg.name})`, text: arg.description ?? '' });
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        places.push({ where: `${type.name}.${field.name}`, text: field.description ?? '' });
    }
  }
  return places;
}

describe('list bounds', () => {
  it('every list field of the SDL has a bound (cost analysis and execution read the same table)', () => {
    const unbounded: string[] = [];
    for (const type of Object.values(loadSchemaDocument().getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        if (!isListType(getNullableType(field.type))) continue;
        if (!boundOf(type.name, field.name)) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });
});

describe('SDL range descriptions equal the LIMITS table', () => {
  const places = describedPlaces();

  it('finds the ranges it checks (the scan is not vacuous)', () => {
    expect(places.filter((p) => /\d+\.\.\d+/.test(p.text)).length).toBeGreaterThan(20);
  });

  it('every "a..b (default c)" range matches', () => {
    const wrong: string[] = [];
    for (const { where, text } of places) {
      for (const match of text.matchAll(/(\d+)\.\.(\d+)(?:[^.(]*?\(default (\d+)\)|, default (\d+))?/g)) {
        const expected = expectedRange(where);
        const found = { min: Number(match[1]), max: Number(match[2]), fallback: match[3] ?? match[4] };
        if (!expected) wrong.push(`${where}: "${match[0]}" is not in this test's table`);
        else if (
          found.min !== expected.min ||
          found.max !== expected.max ||
          (found.fallback !== undefined && Number(found.fallback) !== expected.fallback)
        ) {
          wrong.push(
            `${where}: says "${match[0]}", LIMITS say ${expected.min}..${expected.max} (default ${expected.fallback})`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every "at most N" matches', () => {
    const wrong: string[] = [];
    for (const { where, text } of places) {
      for (const match of text.matchAll(/at most (\d[\d,]*\d|\d)/gi)) {
        const expected = expectedAtMost(where);
        if (expected === undefined) wrong.push(`${where}: "${match[0]}" is not in this test's table`);
        else if (Number(match[1]!.replace(/,/g, '')) !== expected)
          wrong.push(`${where}: says "${match[0]}", the limit is ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
