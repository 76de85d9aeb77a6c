/** Query.disputes and the Dispute types: parse the arguments once, then one store call. */
import type { Resolvers } from '../../graphql/generated/resolvers-types';
import { loadKnown } from '../../graphql/loaders';
import { parseDisputesArguments } from './arguments';

export const disputesResolvers: Pick<Resolvers, 'Dispute' | 'DisputeConnection' | 'DisputeEdge'> & {
  Query: Pick<NonNullable<Resolvers['Query']>, 'disputes'>;
} = {
  Query: {
    disputes: (_parent, { first, after }, { store }) => store.disputes(parseDisputesArguments({ first, after })),
  },
  Dispute: {
    id: (dispute) => `${dispute.a.id}|${dispute.b.id}`,
    sharedSubjects: (dispute, _args, { loaders }) =>
      loadKnown({ loader: loaders.entities, ids: dispute.sharedSubjectIds }),
    participants: (dispute, _args, { loaders }) => loadKnown({ loader: loaders.entities, ids: dispute.participantIds }),
    participantCount: (dispute) => dispute.participantIds.length,
  },
  DisputeConnection: {
    edges: (page) => page.disputes.map((node, i) => ({ cursor: page.cursors[i]!, node })),
    pageInfo: (page) => ({ hasNextPage: page.hasNextPage, endCursor: page.cursors[page.cursors.length - 1] ?? null }),
  },
};
