/** Query.timeline and TimelineEntry: parse the arguments once, then one store call; facts through the edge loader. */
import type { Resolvers } from '../../graphql/generated/resolvers-types';
import { loadKnown } from '../../graphql/loaders';
import { parseTimelineArguments } from './arguments';

export const timelineResolvers: Pick<Resolvers, 'TimelineEntry'> & {
  Query: Pick<NonNullable<Resolvers['Query']>, 'timeline'>;
} = {
  Query: {
    timeline: (_parent, { subject, from, to, first }, { store }) =>
      store.timeline(parseTimelineArguments({ subject, from, to, first })),
  },
  TimelineEntry: {
    facts: (entry, _args, { loaders }) =>
      loadKnown({ loader: loaders.edges, ids: [...entry.claim.assertsEdgeIds].sort() }),
  },
};
