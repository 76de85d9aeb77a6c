/**
 * The one adapter between the API and the extractor of `npm run ingest` (seed/ingest/extract-source.ts):
 * if its signature changes, only this file follows. proposeSource and `npm run ingest` propose the
 * same records (to-seed-yaml.ts), so a draft saved unchanged equals the folder the command writes.
 */
import type { EntityType } from '../../../domain/vocabulary';
import { extractSource } from '../../../seed/ingest/extract-source';
import { slugify } from '../../../seed/ingest/names';
import { toSeedRecords } from '../../../seed/ingest/to-seed-yaml';
import type { SourceDraft } from '../../graphql/generated/resolvers-types';
import { plainToDraft } from '../source-draft';

export function runExtractor({
  text,
  meta,
  existingEntities,
  version,
}: {
  text: string;
  meta: {
    id: string | null;
    title: string;
    publisher: string | null;
    url: string | null;
    publishedAt: string | null;
    author: string | null;
  };
  existingEntities: { id: string; type: string; name: string; aliases: string[] }[];
  version: number | null;
}): SourceDraft {
  const draft = extractSource({
    text,
    meta: {
      id: meta.id ?? slugify({ text: meta.title }),
      title: meta.title,
      publisher: meta.publisher,
      url: meta.url,
      publishedAt: meta.publishedAt,
      authorName: meta.author,
    },
    existing: {
      entities: existingEntities.map((e) => ({ ...e, type: e.type as EntityType })),
      takenIds: new Set(existingEntities.map((e) => e.id)),
    },
  });
  return plainToDraft({ folder: toSeedRecords({ draft }) as never, version });
}
