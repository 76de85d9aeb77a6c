/**
 * The typed relationship fields (Company.developed, Person.worksAt...) all read the entity's fact
 * edges through the per-request factEdgesOf loader and the other ends through the entities loader,
 * so a list of 50 companies asking `developed` costs one getFactEdgesOf and one getEntities call.
 */
import type { Edge, Entity } from '../../../../domain/graph-types';
import type { EntityType, FactRelationshipType } from '../../../../domain/vocabulary';
import type { GraphQLContext } from '../../context';
import type { EdgeFromRecord } from '../../mappers';

export type Direction = 'out' | 'in' | 'both';

const otherEnd = ({ edge, selfId }: EdgeFromRecord) => (edge.from === selfId ? edge.to : edge.from);

/** Fact edges of `selfId` of the given types, in the given direction, ordered by edge id. */
export async function edgesOf({
  context,
  selfId,
  types,
  direction,
}: {
  context: GraphQLContext;
  selfId: string;
  types: readonly FactRelationshipType[];
  direction: Direction;
}): Promise<Edge[]> {
  const edges = await context.loaders.factEdgesOf.load(selfId);
  return edges.filter(
    (edge) =>
      types.includes(edge.type as FactRelationshipType) &&
      (direction === 'both' || (direction === 'out' ? edge.from === selfId : edge.to === selfId)),
  );
}

/**
 * Entities at the other end, deduplicated, in edge order. `only` drops ends of other types so a
 * field typed [Model!]! never returns a Company the curator happened to link the same way.
 */
export async function relatedEntities({
  context,
  selfId,
  types,
  direction,
  only,
}: {
  context: GraphQLContext;
  selfId: string;
  types: readonly FactRelationshipType[];
  direction: Direction;
  only?: readonly EntityType[];
}): Promise<Entity[]> {
  const edges = await edgesOf({ context, selfId, types, direction });
  const ids = [...new Set(edges.map((edge) => otherEnd({ edge, selfId })))];
  const entities = await context.loaders.entities.loadMany(ids);
  return entities.filter((entity): entity is Entity => {
    if (entity instanceof Error) throw entity;
    return entity !== null && (!only || only.includes(entity.type));
  });
}

/** Edges seen from `selfId`, for Comparison and EntityRelationship. */
export async function edgesSeenFrom(args: {
  context: GraphQLContext;
  selfId: string;
  types: readonly FactRelationshipType[];
  direction: Direction;
}): Promise<EdgeFromRecord[]> {
  const edges = await edgesOf(args);
  return edges.map((edge) => ({ edge, selfId: args.selfId }));
}

/** WORKS_AT / LEADS edges whose subject really is a Person (Affiliation.person is Person!). */
export async function affiliations(args: {
  context: GraphQLContext;
  selfId: string;
  types: readonly FactRelationshipType[];
  direction: Direction;
}): Promise<Edge[]> {
  const edges = await edgesOf(args);
  const people = await args.context.loaders.entities.loadMany(edges.map((edge) => edge.from));
  return edges.filter((_edge, i) => {
    const person = people[i];
    if (person instanceof Error) throw person;
    return person?.type === 'Person';
  });
}

export { otherEnd };
