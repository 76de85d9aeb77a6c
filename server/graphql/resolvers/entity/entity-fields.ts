/**
 * Fields every entity type shares (the Entity interface): scalars come straight from the record;
 * claims go through the store's paged findClaims; relationships through the factEdgesOf loader.
 */
import type { Entity } from '../../../../domain/graph-types';
import { isReviewed } from '../../../../domain/review';
import { FACT_RELATIONSHIP_TYPES, type FactRelationshipType } from '../../../../domain/vocabulary';
import { parseClaimsArgs } from '../../../queries/claims/arguments';
import { parseRelationshipsArgs } from '../../../queries/entity-relationships/arguments';
import type { GraphQLContext } from '../../context';
import type { Maybe, RelationshipType } from '../../generated/resolvers-types';
import { edgesSeenFrom } from './related-entities';

type PageArgs = { first?: Maybe<number>; after?: Maybe<string> };

export const entityFields = {
  reviewed: (parent: Entity) => isReviewed(parent),
  claimsBy: (parent: Entity, args: PageArgs, { store }: GraphQLContext) =>
    store.findClaims(parseClaimsArgs({ filter: { speakerId: parent.id }, ...args })),
  claimsAbout: (parent: Entity, args: PageArgs, { store }: GraphQLContext) =>
    store.findClaims(parseClaimsArgs({ filter: { aboutId: parent.id }, ...args })),
  relationships: (parent: Entity, args: { types?: Maybe<RelationshipType[]> }, context: GraphQLContext) => {
    const asked = parseRelationshipsArgs(args).types;
    // Provenance types (SAID, ABOUT...) are valid enum values but never fact edges: they match nothing.
    const types = asked
      ? FACT_RELATIONSHIP_TYPES.filter((type: FactRelationshipType) => asked.includes(type))
      : FACT_RELATIONSHIP_TYPES;
    return edgesSeenFrom({ context, selfId: parent.id, types, direction: 'both' });
  },
};
