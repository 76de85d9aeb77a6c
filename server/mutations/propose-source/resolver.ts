/** proposeSource: a draft for the curator to edit and send to saveSource; writes nothing. */
import type { MutationResolvers } from '../../graphql/generated/resolvers-types';
import { requireWrite } from '../require-write';
import { parseProposeSourceArguments } from './arguments';
import { runExtractor } from './run-extractor';

export const proposeSource: MutationResolvers['proposeSource'] = async (_parent, args, ctx) => {
  const { curation } = requireWrite({ ctx });
  const input = parseProposeSourceArguments({ args });
  const meta = {
    id: input.id ?? null,
    title: input.title,
    publisher: input.publisher ?? null,
    url: input.url ?? null,
    publishedAt: input.publishedAt ?? null,
    author: input.author ?? null,
  };
  const existingEntities = await curation.existingEntities();
  const draft = runExtractor({ text: input.text, meta, existingEntities, version: null });
  // Proposing for an existing id: the draft carries its version, so saving it replaces that source.
  const info = await curation.sourceInfo({ id: draft.source.id });
  return { ...draft, source: { ...draft.source, version: info?.version ?? null } };
};
