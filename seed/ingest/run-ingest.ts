/**
 * `npm run ingest -- <text-file> --id <slug> [--title T] [--publisher P] [--url U]
 *  [--published-at YYYY-MM-DD] [--author-name NAME] [--seed-dir ROOT]`
 *
 * Reads the text, proposes a seed folder with extractSource, writes it to a temporary folder,
 * renames it to ROOT/sources/<id>/ and checks it with the seed loader; on any problem it prints
 * one message naming it, removes what it wrote and returns 1. Never overwrites a folder.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { slug } from '../format/seed-file-schemas';
import { loadSeedDirectory } from '../loader/load-seed-directory';
import { formatSeedError } from '../loader/seed-errors';
import type { SeedFolderDraft } from './draft-types';
import { extractSource } from './extract-source';
import { readExistingSeed } from './read-existing-seed';
import { toSeedFiles } from './to-seed-yaml';

export const USAGE =
  'usage: npm run ingest -- <text-file> --id <slug> [--title T] [--publisher P] [--url U] [--published-at YYYY-MM-DD] [--author-name NAME] [--seed-dir ROOT]';
/** Articles are a few thousand words; anything this large is not one article. */
export const MAX_TEXT_BYTES = 1_000_000;

class IngestError extends Error {}

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function runIngest({
  argv,
  defaultSeedDir,
  out,
  err,
}: { argv: string[]; defaultSeedDir: string } & Output): Promise<number> {
  try {
    const args = parseIngestArgs({ argv, defaultSeedDir });
    const text = await readArticle({ file: args.file });
    const target = path.join(args.seedDir, 'sources', args.id);
    if (existsSync(target))
      throw new IngestError(
        `--id ${args.id}: ${target} already exists; ingest never overwrites a folder (pick another id)`,
      );
    const existing = await readExistingSeed({ seedDir: args.seedDir });
    if (existing.takenIds.has(args.id))
      throw new IngestError(
        `--id ${args.id}: already an entity, claim or source id in ${args.seedDir}; pick another id`,
      );

    const started = performance.now();
    const draft = extractSource({ text, meta: args.meta, existing });
    const ms = performance.now() - started;
    await writeFolder({ seedDir: args.seedDir, target, draft });
    printSummary({ draft, target, ms, out });
    return 0;
  } catch (error) {
    err(
      error instanceof IngestError
        ? `ingest: ${error.message}`
        : `ingest failed: ${(error as Error).stack ?? String(error)}`,
    );
    if (error instanceof IngestError && /^usage|argument/.test(error.message)) err(USAGE);
    return 1;
  }
}

function parseIngestArgs({ argv, defaultSeedDir }: { argv: string[]; defaultSeedDir: string }) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        title: { type: 'string' },
        publisher: { type: 'string' },
        url: { type: 'string' },
        'published-at': { type: 'string' },
        'author-name': { type: 'string' },
        'seed-dir': { type: 'string' },
      },
    });
  } catch (error) {
    throw new IngestError(`argument error: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    throw new IngestError(`argument error: expected exactly one <text-file>, got ${positionals.length}`);
  if (!values.id) throw new IngestError('argument error: --id <slug> is required');
  if (!slug.safeParse(values.id).success)
    throw new IngestError(
      `--id "${values.id}" is not a slug: use lower-case letters, digits and single dashes, like "harbour-drones"`,
    );
  const publishedAt = values['published-at'] ?? null;
  if (publishedAt !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(publishedAt))
    throw new IngestError(`--published-at "${publishedAt}" must be YYYY, YYYY-MM or YYYY-MM-DD`);
  if (values.url !== undefined && !URL.canParse(values.url))
    throw new IngestError(`--url "${values.url}" is not a URL`);
  return {
    file: positionals[0]!,
    id: values.id,
    seedDir: path.resolve(values['seed-dir'] ?? defaultSeedDir),
    meta: {
      id: values.id,
      title: values.title?.trim() || values.id,
      publisher: values.publisher?.trim() || null,
      url: values.url ?? null,
      publishedAt,
      authorName: values['author-name']?.trim() || null,
    },
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

async function readArticle({ file }: { file: string }): Promise<string> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new IngestError(`${file}: not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (size > MAX_TEXT_BYTES)
    throw new IngestError(`${file}: ${size} bytes is larger than the ${MAX_TEXT_BYTES}-byte limit for one article`);
  const bytes = await readFile(file);
  if (bytes.includes(0)) throw new IngestError(`${file}: contains NUL bytes; looks like a binary file, not a text`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new IngestError(`${file}: is not valid UTF-8; save the article as UTF-8`);
  }
  if (text.trim().length === 0) throw new IngestError(`${file}: is empty; it must hold the article text`);
  return text;
}

async function writeFolder({
  seedDir,
  target,
  draft,
}: {
  seedDir: string;
  target: string;
  draft: SeedFolderDraft;
}): Promise<void> {
  // The temporary folder sits outside sources/ (no loader ever sees it) on the same disk (rename is atomic).
  const tmp = path.join(seedDir, `.ingest-${draft.source.id}-${randomBytes(4).toString('hex')}`);
  await mkdir(path.join(seedDir, 'sources'), { recursive: true });
  let renamed = false;
  try {
    await mkdir(tmp);
    for (const [name, content] of Object.entries(toSeedFiles({ draft })))
      await writeFile(path.join(tmp, name), content, 'utf8');
    await rename(tmp, target);
    renamed = true;
    const result = await loadSeedDirectory({ seedDir });
    const prefix = `sources/${draft.source.id}/`;
    const ours = result.ok ? [] : result.errors.filter((e) => e.file.startsWith(prefix));
    if (ours.length > 0) {
      throw new IngestError(
        `the proposed folder does not pass the seed check (nothing kept):\n${ours.map((e) => formatSeedError(e)).join('\n')}`,
      );
    }
  } catch (error) {
    await rm(renamed ? target : tmp, { recursive: true, force: true });
    throw error;
  }
}

function printSummary({
  draft,
  target,
  ms,
  out,
}: {
  draft: SeedFolderDraft;
  target: string;
  ms: number;
  out: (line: string) => void;
}) {
  const names = new Map(draft.entities.map((e) => [e.id, e.name]));
  const perSpeaker = new Map<string, number>();
  for (const c of draft.claims) perSpeaker.set(c.speaker, (perSpeaker.get(c.speaker) ?? 0) + 1);
  const fresh = draft.entities.filter((e) => e.isNew).length;
  out(`wrote ${target} in ${Math.round(ms)} ms (every record review: proposed)`);
  out(`claims proposed: ${draft.claims.length}, relationships: ${draft.relationships.length}`);
  for (const [speaker, count] of [...perSpeaker].sort((a, b) => b[1] - a[1]))
    out(`  ${String(count).padStart(3)}  ${names.get(speaker) ?? speaker} (${speaker})`);
  out(`entities: ${fresh} new, ${draft.entities.length - fresh} reused from the seed root`);
  out(`sentences with quotation marks no rule could attribute: ${draft.unattributedQuotes.length}`);
  for (const q of draft.unattributedQuotes.slice(0, 20))
    out(`  @${q.start}: ${q.text.length > 120 ? `${q.text.slice(0, 117)}…` : q.text}`);
}
