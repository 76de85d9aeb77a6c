/**
 * The one adapter between the API and the extractor of `npm run ingest` (seed/ingest/extract-source.ts):
 * if its signature changes, only this file follows.
 */
import { extractSource, slugify } from '../../../seed/ingest/extract-source';
import type { SourceDraft } from '../../graphql/generated/resolvers-types';
import { plainToDraft } from '../source-draft';

export function runExtractor({
  text,
  meta,
  existingEntities,
  version,
}: {
  text: string;
  meta: { id: string | null; title: string; publisher: string | null; url: string | null; publishedAt: string | null; author: string | null };
  existingEntities: { id: string; type: string; name: string; aliases: string[] }[];
  version: number | null;
}): SourceDraft {
  const draft = extractSource({ text, meta: { ...meta, id: meta.id ?? slugify(meta.title) }, existing: { entities: existingEntities } });
  return plainToDraft({ folder: draft, version });
}
