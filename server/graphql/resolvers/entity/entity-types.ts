/**
 * The concrete entity types and their typed relationship fields, declared as data: each field
 * names the fact relationship types it follows, the direction, and the entity types it may return.
 * Direction is as read in the sentence: "SenseTime DEVELOPED SenseNova" is `out` from SenseTime.
 */
import type { Entity } from '../../../../domain/graph-types';
import type { EntityType, FactRelationshipType } from '../../../../domain/vocabulary';
import type { GraphQLContext } from '../../context';
import type { Resolvers } from '../../generated/resolvers-types';
import { entityFields } from './entity-fields';
import { affiliations, type Direction, edgesSeenFrom, relatedEntities } from './related-entities';

type FieldSpec =
  | { kind: 'entities'; types: FactRelationshipType[]; direction: Direction; only?: EntityType[] }
  | { kind: 'comparisons'; types: FactRelationshipType[]; direction: Direction }
  | { kind: 'affiliations'; types: FactRelationshipType[]; direction: Direction };

const entities = (types: FactRelationshipType[], direction: Direction, only?: EntityType[]): FieldSpec => ({
  kind: 'entities',
  types,
  direction,
  only,
});
const comparisons = (types: FactRelationshipType[], direction: Direction): FieldSpec => ({
  kind: 'comparisons',
  types,
  direction,
});
const people: FieldSpec = { kind: 'affiliations', types: ['LEADS', 'WORKS_AT'], direction: 'in' };

const FIELDS: Record<EntityType, Record<string, FieldSpec>> = {
  Company: {
    developed: entities(['DEVELOPED'], 'out', ['Model']),
    foundedBy: entities(['FOUNDED'], 'in'),
    people,
    basedIn: entities(['BASED_IN'], 'out', ['Place']),
    competesWith: entities(['COMPETES_WITH'], 'both'),
    partOf: entities(['PART_OF'], 'out'),
    dependsOn: entities(['DEPENDS_ON'], 'out'),
    supportsDevelopmentOf: entities(['SUPPORTS_DEVELOPMENT_OF'], 'out'),
    restrictsAccessTo: entities(['RESTRICTS_ACCESS'], 'out'),
    outperforms: comparisons(['OUTPERFORMS'], 'out'),
  },
  Model: {
    developedBy: entities(['DEVELOPED'], 'in'),
    derivedFrom: entities(['DERIVED_FROM'], 'out', ['Model']),
    derivatives: entities(['DERIVED_FROM'], 'in', ['Model']),
    succeeds: entities(['SUCCEEDS'], 'out', ['Model']),
    succeededBy: entities(['SUCCEEDS'], 'in', ['Model']),
    variantOf: entities(['VARIANT_OF'], 'out', ['Model']),
    variants: entities(['VARIANT_OF'], 'in', ['Model']),
    outperforms: comparisons(['OUTPERFORMS'], 'out'),
    outperformedBy: comparisons(['OUTPERFORMS'], 'in'),
    onParWith: comparisons(['ON_PAR_WITH'], 'both'),
    comparedWith: comparisons(['COMPARED_WITH'], 'both'),
    releasedAt: entities(['RELEASED_AT'], 'out', ['Event']),
    rankedOn: entities(['RANKED_ON'], 'out', ['Benchmark']),
    approvedBy: entities(['APPROVED'], 'in', ['Regulator']),
    restrictedBy: entities(['RESTRICTS_ACCESS'], 'in'),
  },
  Person: {
    worksAt: { kind: 'affiliations', types: ['WORKS_AT'], direction: 'out' },
    leads: { kind: 'affiliations', types: ['LEADS'], direction: 'out' },
    founded: entities(['FOUNDED'], 'out'),
    developed: entities(['DEVELOPED'], 'out', ['Model']),
  },
  Regulator: {
    regulates: entities(['REGULATES'], 'out'),
    approved: entities(['APPROVED'], 'out'),
    restrictsAccessTo: entities(['RESTRICTS_ACCESS'], 'out'),
    basedIn: entities(['BASED_IN'], 'out', ['Place']),
    partOf: entities(['PART_OF'], 'out'),
    people,
  },
  Organization: {
    developed: entities(['DEVELOPED'], 'out', ['Model']),
    people,
    basedIn: entities(['BASED_IN'], 'out', ['Place']),
    partOf: entities(['PART_OF'], 'out'),
    published: entities(['PUBLISHED'], 'out'),
    hosted: entities(['HOSTED'], 'out', ['Event']),
  },
  Place: {
    locatedIn: entities(['LOCATED_IN', 'PART_OF'], 'out', ['Place']),
    basedHere: entities(['BASED_IN'], 'in'),
    locatedHere: entities(['LOCATED_IN'], 'in'),
  },
  Event: {
    locatedIn: entities(['LOCATED_IN'], 'out', ['Place']),
    hostedBy: entities(['HOSTED'], 'in'),
    releases: entities(['RELEASED_AT'], 'in', ['Model']),
  },
  Benchmark: {
    rankedModels: entities(['RANKED_ON'], 'in', ['Model']),
    publishedBy: entities(['PUBLISHED'], 'in'),
  },
};

function resolverFor(spec: FieldSpec) {
  return (parent: Entity, _args: unknown, context: GraphQLContext) => {
    const base = { context, selfId: parent.id, types: spec.types, direction: spec.direction };
    switch (spec.kind) {
      case 'entities':
        return relatedEntities({ ...base, only: spec.only });
      case 'comparisons':
        return edgesSeenFrom(base);
      case 'affiliations':
        return affiliations(base);
      default: {
        const unreachable: never = spec;
        throw new Error(`unknown field spec ${JSON.stringify(unreachable)}`);
      }
    }
  };
}

const typeResolvers = (type: EntityType) => ({
  ...entityFields,
  ...Object.fromEntries(Object.entries(FIELDS[type]).map(([field, spec]) => [field, resolverFor(spec)])),
});

/** Resolvers of the Entity interface and of every concrete entity type. */
export const entityResolvers: Pick<
  Resolvers,
  'Entity' | 'Company' | 'Model' | 'Person' | 'Regulator' | 'Organization' | 'Place' | 'Event' | 'Benchmark'
> = {
  Entity: { __resolveType: (entity) => entity.type },
  Company: typeResolvers('Company'),
  Model: typeResolvers('Model'),
  Person: typeResolvers('Person'),
  Regulator: typeResolvers('Regulator'),
  Organization: typeResolvers('Organization'),
  Place: typeResolvers('Place'),
  Event: typeResolvers('Event'),
  Benchmark: typeResolvers('Benchmark'),
};

/** Field names per type, so a test can assert the table and the SDL agree. */
export const TYPED_RELATIONSHIP_FIELDS: Record<EntityType, string[]> = Object.fromEntries(
  Object.entries(FIELDS).map(([type, fields]) => [type, Object.keys(fields)]),
) as Record<EntityType, string[]>;
