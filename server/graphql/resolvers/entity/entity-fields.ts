/**
 * Fields every entity type shares (the Entity interface): scalars come straight from the record;
 * claims go through the store's paged findClaims; relationships through the factEdgesOf loader.
 */
import type { Entity } from '../../../../domain/graph-types';
import { FACT_RELATIONSHIP_TYPES, type FactRelationshipType } from '../../../../domain/vocabulary';
import { checkRelationshipTypes, LIMITS } from '../../../store/query-limits';
import { checkCursor, checkFirst } from '../../arguments';
import type { GraphQLContext } from '../../context';
import type { Maybe, RelationshipType } from '../../generated/resolvers-types';
import { edgesSeenFrom } from './related-entities';

type PageArgs = { first?: Maybe<number>; after?: Maybe<string> };

const pageOf = ({ first, after }: PageArgs) => ({
  first: checkFirst({ value: first, max: LIMITS.MAX_PAGE, fallback: LIMITS.DEFAULT_PAGE }),
  after: checkCursor({ after }),
});

export const entityFields = {
  claimsBy: (parent: Entity, args: PageArgs, { store }: GraphQLContext) =>
    store.findClaims({ filter: { speakerId: parent.id }, ...pageOf(args) }),
  claimsAbout: (parent: Entity, args: PageArgs, { store }: GraphQLContext) =>
    store.findClaims({ filter: { aboutId: parent.id }, ...pageOf(args) }),
  relationships: (parent: Entity, args: { types?: Maybe<RelationshipType[]> }, context: GraphQLContext) => {
    const asked = checkRelationshipTypes('types', args.types);
    // Provenance types (SAID, ABOUT...) are valid enum values but never fact edges: they match nothing.
    const types = asked
      ? FACT_RELATIONSHIP_TYPES.filter((type: FactRelationshipType) => asked.includes(type))
      : FACT_RELATIONSHIP_TYPES;
    return edgesSeenFrom({ context, selfId: parent.id, types, direction: 'both' });
  },
};
