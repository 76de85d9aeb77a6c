/**
 * STUB of the extractor (the ingest work replaces this file with the real one, same export).
 * Pure: text + metadata + the entities already in the seed -> a seed-folder draft. This stub only
 * fills source.yaml and, when the author's name occurs in the text, the author entity; it proposes
 * no claims.
 */
export interface ExtractSourceArgs {
  text: string;
  meta: { id: string; title: string; publisher: string | null; url: string | null; publishedAt: string | null; author: string | null };
  existing: { entities: { id: string; type: string; name: string; aliases: string[] }[] };
}

/** One source folder in the seed format (docs/seed-format.md), records as plain YAML data. */
export interface SeedFolderDraft {
  source: Record<string, unknown>;
  text: string;
  entities: Record<string, unknown>[];
  claims: Record<string, unknown>[];
  relationships: Record<string, unknown>[];
}

export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '') || 'source';

export function extractSource({ text, meta, existing }: ExtractSourceArgs): SeedFolderDraft {
  const entities: Record<string, unknown>[] = [];
  let author: string | null = null;
  if (meta.author && text.includes(meta.author)) {
    const known = existing.entities.find((e) => e.name === meta.author || e.aliases.includes(meta.author!));
    author = known?.id ?? slugify(meta.author);
    entities.push({
      id: author,
      type: known?.type ?? 'Person',
      name: known?.name ?? meta.author,
      description: `Author of ${meta.title}.`,
      mentions: [{ quote: meta.author, occurrence: 1 }],
    });
  }
  return {
    source: { id: meta.id, title: meta.title, publisher: meta.publisher, url: meta.url, publishedAt: meta.publishedAt, author },
    text,
    entities,
    claims: [],
    relationships: [],
  };
}
