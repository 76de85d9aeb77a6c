/** Source (summary or full document) and Topic/TopicStance fields. */
import { collectClaims } from '../../queries/claims/collect-claims';
import { parseClaimsArgs } from '../../queries/claims/arguments';
import type { SourceDocument, SourceSummary } from '../../../domain/graph-types';
import type { Resolvers } from '../generated/resolvers-types';
import type { Loaders } from '../loaders';
import type { SourceRecord } from '../mappers';

/** A reference's document (one loader call per distinct id and request); summaries and documents as they are. */
async function resolved({
  source,
  loaders,
}: {
  source: SourceRecord;
  loaders: Loaders;
}): Promise<SourceDocument | SourceSummary> {
  if (!('ref' in source)) return source;
  const document = await loaders.sources.load(source.id);
  if (!document) throw new Error(`source ${source.id} is unknown`);
  return document;
}

export const sourceAndTopicResolvers: Pick<Resolvers, 'Source' | 'Topic' | 'TopicStance'> = {
  Source: {
    id: (source) => source.id,
    title: async (source, _args, { loaders }) => (await resolved({ source, loaders })).title,
    publisher: async (source, _args, { loaders }) => (await resolved({ source, loaders })).publisher,
    url: async (source, _args, { loaders }) => (await resolved({ source, loaders })).url,
    publishedAt: async (source, _args, { loaders }) => (await resolved({ source, loaders })).publishedAt,
    author: async (source, _args, { loaders }) => {
      const { authorId } = await resolved({ source, loaders });
      return authorId ? loaders.entities.load(authorId) : null;
    },
    // `sources` lists summaries without text; fetch the document only when text is asked for.
    text: async (source, _args, { loaders }) =>
      'text' in source ? source.text : ((await loaders.sources.load(source.id))?.text ?? ''),
    length: async (source, _args, { loaders }) => {
      const full = await resolved({ source, loaders });
      return 'text' in full ? full.text.length : full.length;
    },
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
    claims: (stance, _args, { store }) =>
      collectClaims({ store, filter: { topicId: stance.topicId, stance: stance.id } }),
  },
};
