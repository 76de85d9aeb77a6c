/** Query.speakerProfile and its parts: one store call, then entity / topic / edge loaders for the references. */
import type { GraphQLContext } from '../../graphql/context';
import type { Resolvers } from '../../graphql/generated/resolvers-types';
import { loadKnown } from '../../graphql/loaders';
import { parseSpeakerProfileArguments } from './arguments';

async function entityOf({ loaders, id }: { loaders: GraphQLContext['loaders']; id: string }) {
  const entity = await loaders.entities.load(id);
  if (!entity) throw new Error(`entity ${id}: referenced by a speaker profile but unknown to the store`);
  return entity;
}

export const speakerProfileResolvers: Pick<
  Resolvers,
  'SpeakerProfile' | 'StanceTaken' | 'SpeakerTie' | 'Counterpart'
> & {
  Query: Pick<NonNullable<Resolvers['Query']>, 'speakerProfile'>;
} = {
  Query: {
    speakerProfile: (_parent, { id, first }, { store }) =>
      store.speakerProfile(parseSpeakerProfileArguments({ id, first })),
  },
  SpeakerProfile: {
    speaker: (profile, _args, { loaders }) => entityOf({ loaders, id: profile.speakerId }),
  },
  StanceTaken: {
    topic: async (taken, _args, { loaders }) => {
      const topic = await loaders.topics.load(taken.topicId);
      if (!topic) throw new Error(`topic ${taken.topicId}: referenced by a claim but unknown to the store`);
      return topic;
    },
    stance: async (taken, _args, { loaders }) => {
      const topic = await loaders.topics.load(taken.topicId);
      const stance = topic?.stances.find((s) => s.id === taken.stance);
      return stance ? { topicId: taken.topicId, id: stance.id, label: stance.label } : null;
    },
  },
  SpeakerTie: {
    entity: (tie, _args, { loaders }) => entityOf({ loaders, id: tie.entityId }),
    edges: (tie, _args, { loaders }) => loadKnown({ loader: loaders.edges, ids: tie.edgeIds }),
  },
  Counterpart: {
    speaker: (counterpart, _args, { loaders }) => entityOf({ loaders, id: counterpart.speakerId }),
  },
};
