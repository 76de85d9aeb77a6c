/** Edge.support and its evidence fields; ids become objects through the per-request loaders. */
import type { Resolvers } from '../../graphql/generated/resolvers-types';
import { loadKnown } from '../../graphql/loaders';

export const edgeSupportResolvers: Pick<Resolvers, 'EdgeSupport' | 'SupportSpeaker'> & {
  Edge: Pick<NonNullable<Resolvers['Edge']>, 'support'>;
} = {
  Edge: {
    support: (edge, _args, { loaders }) => loaders.weighing.edgeSupport.load(edge.id),
  },
  EdgeSupport: {
    sources: (support) => support.sourceIds.length,
    statedIn: (support, _args, { loaders }) => loadKnown({ loader: loaders.sources, ids: support.sourceIds }),
  },
  SupportSpeaker: {
    speaker: async (row, _args, { loaders }) => {
      const speaker = await loaders.entities.load(row.speakerId);
      if (!speaker) throw new Error(`speaker ${row.speakerId} is not a known entity`);
      return speaker;
    },
  },
};
