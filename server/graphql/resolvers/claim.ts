/** Claim fields: ids on the record become objects through the per-request loaders (no N+1). */
import type { Resolvers } from '../generated/resolvers-types';
import { isReviewed } from '../../../domain/review';
import { loadKnown } from '../loaders';

export const claimResolvers: Pick<
  Resolvers,
  'Claim' | 'ClaimConnection' | 'ClaimEdge' | 'ClaimSpan' | 'SpeakerClaims'
> = {
  Claim: {
    reviewed: (claim) => isReviewed(claim),
    topic: (claim, _args, { loaders }) => (claim.topicId ? loaders.topics.load(claim.topicId) : null),
    stance: async (claim, _args, { loaders }) => {
      if (!claim.topicId || !claim.stance) return null;
      const topic = await loaders.topics.load(claim.topicId);
      const stance = topic?.stances.find((s) => s.id === claim.stance);
      return stance ? { topicId: claim.topicId, id: stance.id, label: stance.label } : null;
    },
    speaker: async (claim, _args, { loaders }) => {
      const speaker = await loaders.entities.load(claim.speakerId);
      if (!speaker) throw new Error(`claim ${claim.id}: speaker ${claim.speakerId} is not a known entity`);
      return speaker;
    },
    subjects: (claim, _args, { loaders }) => loadKnown({ loader: loaders.entities, ids: claim.subjectIds }),
    // A reference: the id costs nothing, other fields load the document (mappers.ts, SourceRef).
    source: (claim) => ({ ref: true, id: claim.span.sourceId }),
    span: (claim) => claim.span,
    supports: (claim, _args, { loaders }) => loadKnown({ loader: loaders.claims, ids: claim.supportsIds }),
    contradicts: (claim, _args, { loaders }) => loadKnown({ loader: loaders.claims, ids: claim.contradictsIds }),
    asserts: (claim, _args, { loaders }) => loadKnown({ loader: loaders.edges, ids: claim.assertsEdgeIds }),
  },
  ClaimConnection: {
    edges: (page) => page.claims.map((node, i) => ({ cursor: page.cursors[i], node })),
    pageInfo: (page) => ({ hasNextPage: page.hasNextPage, endCursor: page.cursors[page.cursors.length - 1] ?? null }),
    totalCount: (page) => page.totalCount,
  },
  ClaimEdge: {
    cursor: (edge) => edge.cursor,
    node: (edge) => edge.node,
  },
  ClaimSpan: {
    claimId: (claim) => claim.id,
    start: (claim) => claim.span.start,
    end: (claim) => claim.span.end,
    quote: (claim) => claim.span.quote,
    claim: (claim) => claim,
  },
  SpeakerClaims: {
    speaker: async (group, _args, { loaders }) => {
      const speaker = await loaders.entities.load(group.speakerId);
      if (!speaker) throw new Error(`speaker ${group.speakerId} is not a known entity`);
      return speaker;
    },
    claims: (group) => group.claims,
  },
};
