/**
 * Test helpers: a writable copy of the valid fixture seed (tests/seed-loader/fixtures/valid-seed),
 * small text edits to break it in one precise place, and lookups of the line an edit landed on.
 */
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSeedDirectory, type SeedLoadResult } from '../../seed/loader/load-seed-directory';
import type { SeedError } from '../../seed/loader/seed-errors';

export const VALID_SEED_DIR = path.join(__dirname, 'fixtures', 'valid-seed');
export const DESERT = 'sources/desert-news';

const created: string[] = [];

/** A fresh copy of the valid fixture; removed by cleanupSeedCopies(). */
export async function copyValidSeed(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'whosaid-seed-'));
  created.push(dir);
  await cp(VALID_SEED_DIR, dir, { recursive: true });
  return dir;
}

export async function cleanupSeedCopies(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Replaces the one occurrence of `from` in a file (throws when it is not there exactly once). */
export async function editFile({
  dir,
  file,
  from,
  to,
}: {
  dir: string;
  file: string;
  from: string;
  to: string;
}): Promise<void> {
  const full = path.join(dir, file);
  const text = await readFile(full, 'utf8');
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`editFile: ${JSON.stringify(from)} occurs ${count} times in ${file}`);
  await writeFile(
    full,
    text.replace(from, () => to),
    'utf8',
  );
}

export async function writeSeedFile({
  dir,
  file,
  content,
}: {
  dir: string;
  file: string;
  content: string;
}): Promise<void> {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), content, 'utf8');
}

/** 1-based line of the `nth` (1 = first) occurrence of `text` in the file. */
export async function lineOf({
  dir,
  file,
  text,
  nth = 1,
}: {
  dir: string;
  file: string;
  text: string;
  nth?: number;
}): Promise<number> {
  const content = await readFile(path.join(dir, file), 'utf8');
  let at = -1;
  for (let i = 0; i < nth; i += 1) at = content.indexOf(text, at + 1);
  if (at === -1) throw new Error(`lineOf: occurrence ${nth} of ${JSON.stringify(text)} not in ${file}`);
  return content.slice(0, at).split('\n').length;
}

/** Loads and asserts failure, returning the errors (so a test reads `const errors = await failingLoad(dir)`). */
export async function failingLoad(seedDir: string): Promise<SeedError[]> {
  const result: SeedLoadResult = await loadSeedDirectory({ seedDir });
  if (result.ok) throw new Error('expected the seed to be rejected, but it loaded');
  expect(result).not.toHaveProperty('batch');
  return result.errors;
}

/** The single error of a load that should fail for exactly one reason. */
export async function onlyError(seedDir: string): Promise<SeedError> {
  const errors = await failingLoad(seedDir);
  expect(errors).toHaveLength(1);
  return errors[0]!;
}
