/**
 * Gold standards for the ingest bench: the hand-curated seed folder of the first article, and
 * the fixture articles under tests/fixtures/ingest/<name>/ (text.txt + gold.yaml), all turned
 * into one shape keyed by names, so any extractor output can be scored against them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { IngestMeta } from '../../seed/ingest/draft-types';

export const AUTHOR = 'AUTHOR';

export interface Gold {
  name: string;
  /** True for the article the rules were written against (ai-race-article). */
  tunedOn: boolean;
  text: string;
  meta: IngestMeta;
  /** speaker is an entity name, or AUTHOR. */
  claims: { start: number; end: number; speaker: string; kind: string }[];
  entities: { name: string; aliases: string[]; type: string }[];
  relationships: { type: string; from: string; to: string }[];
}

interface RawEntity {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
}

export function curatedGold({ folder }: { folder: string }): Gold {
  const read = (file: string) => readFileSync(path.join(folder, file), 'utf8');
  const source = parse(read('source.yaml')) as {
    id: string;
    title: string;
    author: string | null;
    publishedAt: string | null;
  };
  const entities = parse(read('entities.yaml')) as RawEntity[];
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  const claims = parse(read('claims.yaml')) as { speaker: string; kind: string; start: number; end: number }[];
  const relationships = parse(read('relationships.yaml')) as { type: string; from: string; to: string }[];
  return {
    name: source.id,
    tunedOn: true,
    text: read('text.txt'),
    meta: {
      id: `${source.id}-bench`,
      title: source.title,
      publisher: null,
      url: null,
      publishedAt: source.publishedAt,
      authorName: null,
    },
    claims: claims.map((c) => ({
      start: c.start,
      end: c.end,
      kind: c.kind,
      speaker: c.speaker === source.author ? AUTHOR : nameOf.get(c.speaker)!,
    })),
    entities: entities
      .filter((e) => e.id !== source.author)
      .map((e) => ({ name: e.name, aliases: e.aliases ?? [], type: e.type })),
    relationships: relationships.map((r) => ({ type: r.type, from: nameOf.get(r.from)!, to: nameOf.get(r.to)! })),
  };
}

export function fixtureGold({ dir }: { dir: string }): Gold {
  const text = readFileSync(path.join(dir, 'text.txt'), 'utf8');
  const raw = parse(readFileSync(path.join(dir, 'gold.yaml'), 'utf8')) as {
    meta: {
      id: string;
      title: string;
      publisher: string | null;
      publishedAt: string | null;
      authorName: string | null;
    };
    claims: { speaker: string; kind: string; quote: string }[];
    entities: { name: string; type: string; aliases?: string[] }[];
    relationships: { type: string; from: string; to: string }[];
  };
  return {
    name: raw.meta.id,
    tunedOn: false,
    text,
    meta: { ...raw.meta, url: null },
    claims: raw.claims.map((c) => {
      const start = text.indexOf(c.quote);
      if (start < 0) throw new Error(`${dir}/gold.yaml: quote not in text.txt: ${c.quote}`);
      return { start, end: start + c.quote.length, speaker: c.speaker, kind: c.kind };
    }),
    entities: raw.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases ?? [] })),
    relationships: raw.relationships,
  };
}
