/** Source (summary or full document) and Topic/TopicStance fields. */
import { collectClaims } from '../../queries/claims/collect-claims';
import { parseClaimsArgs } from '../../queries/claims/arguments';
import type { Resolvers } from '../generated/resolvers-types';

export const sourceAndTopicResolvers: Pick<Resolvers, 'Source' | 'Topic' | 'TopicStance'> = {
  Source: {
    author: (source, _args, { loaders }) => (source.authorId ? loaders.entities.load(source.authorId) : null),
    // `sources` lists summaries without text; fetch the document only when text is asked for.
    text: async (source, _args, { loaders }) =>
      'text' in source ? source.text : ((await loaders.sources.load(source.id))?.text ?? ''),
    length: (source) => ('text' in source ? source.text.length : source.length),
    claimCount: async (source, _args, { store }) =>
      'claimCount' in source
        ? source.claimCount
        : (await store.findClaims(parseClaimsArgs({ filter: { sourceId: source.id }, first: 1 }))).totalCount,
    spans: async (source, _args, { store }) => {
      const claims = await collectClaims({ store, filter: { sourceId: source.id } });
      return claims.sort((a, b) => a.span.start - b.span.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
  },
  Topic: {
    stances: (topic) => topic.stances.map((stance) => ({ topicId: topic.id, id: stance.id, label: stance.label })),
  },
  TopicStance: {
    claims: (stance, _args, { store }) => collectClaims({ store, filter: { topicId: stance.topicId, stance: stance.id } }),
  },
};
