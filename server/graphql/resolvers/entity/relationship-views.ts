/** EntityRelationship, Comparison and Affiliation: one fact edge seen from one of its ends. */
import type { Resolvers } from '../../generated/resolvers-types';
import { otherEnd } from './related-entities';
import type { GraphQLContext } from '../../context';

async function mustLoad({ context, id }: { context: GraphQLContext; id: string }) {
  const entity = await context.loaders.entities.load(id);
  // Stores only write edges between known entities; a dangling one is a data bug worth surfacing.
  if (!entity) throw new Error(`edge end ${id} is not a known entity`);
  return entity;
}

export const relationshipViewResolvers: Pick<Resolvers, 'EntityRelationship' | 'Comparison' | 'Affiliation'> = {
  EntityRelationship: {
    edge: (parent) => parent.edge,
    direction: (parent) => (parent.edge.from === parent.selfId ? 'OUTGOING' : 'INCOMING'),
    other: (parent, _args, context) => mustLoad({ context, id: otherEnd(parent) }),
  },
  Comparison: {
    edge: (parent) => parent.edge,
    criteria: (parent) => parent.edge.role,
    other: (parent, _args, context) => mustLoad({ context, id: otherEnd(parent) }),
  },
  Affiliation: {
    edge: (parent) => parent,
    role: (parent) => parent.role,
    person: (parent, _args, context) => mustLoad({ context, id: parent.from }),
    organization: (parent, _args, context) => mustLoad({ context, id: parent.to }),
  },
};
