/**
 * Atomic, crash-safe writes of whole source folders, validated by the seed loader's own rules.
 *
 *   stage:    build <seed>/.curation/<tx>/root, a complete seed root: the new folders written in full,
 *             every other file hard-linked (copied when links are impossible); run loadSeedDirectory
 *             on it, so a write is checked by exactly the rules of npm run seed:check.
 *   commit:   write <tx>/commit.json (the commit point, tmp + rename), then per folder move the live
 *             one to <tx>/old/<id> and the staged one to sources/<id>: two renames on one filesystem.
 *   finish:   remove <tx>.   rollback: put every old folder back (used when the store write fails).
 *
 * A crash leaves, for every folder, the old version or the new one (in sources/ or in <tx>), never a
 * mix of files: recoverSeedTransactions() (run when the server opens a writable seed folder) rolls a
 * committed transaction forward, a rolling-back one back, and drops one that never committed.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { GraphBatch } from '../../domain/graph-batch';
import { loadSeedDirectory } from '../loader/load-seed-directory';
import type { SeedError } from '../loader/seed-errors';
import { serializeFolder, type FolderDocuments } from './folder-documents';

export const CURATION_DIR = '.curation';

/** `next: null` deletes the folder. */
export interface FolderChange {
  id: string;
  next: FolderDocuments | null;
}

interface Manifest {
  changes: { id: string; replace: boolean }[];
}

/** Test hook: called after each rename of a commit, to simulate a crash between two of them. */
export type RenameHook = (step: { id: string; what: 'old-out' | 'new-in' }) => void;

export type StageResult =
  | { ok: false; errors: SeedError[] }
  | {
      ok: true;
      batch: GraphBatch;
      commit: (hook?: RenameHook) => Promise<CommittedTransaction>;
      abort: () => Promise<void>;
    };

export interface CommittedTransaction {
  finish: () => Promise<void>;
  rollback: () => Promise<void>;
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** Write and fsync, so a folder renamed into place never holds a half-written file after a power cut. */
async function writeDurably({ file, content }: { file: string; content: string }): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function linkOrCopy({ from, to }: { from: string; to: string }): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

async function mirrorFolder({ from, to }: { from: string; to: string }): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isFile()) await linkOrCopy({ from: path.join(from, entry.name), to: path.join(to, entry.name) });
    else if (entry.isDirectory())
      await mirrorFolder({ from: path.join(from, entry.name), to: path.join(to, entry.name) });
  }
}

export async function stageSeedChanges({
  seedDir,
  changes,
}: {
  seedDir: string;
  changes: FolderChange[];
}): Promise<StageResult> {
  const txDir = path.join(seedDir, CURATION_DIR, `${Date.now()}-${randomBytes(4).toString('hex')}`);
  const root = path.join(txDir, 'root');
  const sourcesDir = path.join(seedDir, 'sources');
  await mkdir(path.join(root, 'sources'), { recursive: true });
  await mkdir(sourcesDir, { recursive: true });
  const abort = () => rm(txDir, { recursive: true, force: true });
  try {
    if (await exists(path.join(seedDir, 'topics.yaml'))) {
      await linkOrCopy({ from: path.join(seedDir, 'topics.yaml'), to: path.join(root, 'topics.yaml') });
    }
    const changed = new Set(changes.map((c) => c.id));
    for (const entry of await readdir(sourcesDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || changed.has(entry.name)) continue;
      await mirrorFolder({ from: path.join(sourcesDir, entry.name), to: path.join(root, 'sources', entry.name) });
    }
    for (const change of changes) {
      if (change.next === null) continue;
      const dir = path.join(root, 'sources', change.id);
      await mkdir(dir, { recursive: true });
      for (const [name, content] of Object.entries(serializeFolder(change.next))) {
        await writeDurably({ file: path.join(dir, name), content });
      }
    }
    const result = await loadSeedDirectory({ seedDir: root });
    if (!result.ok) {
      await abort();
      return { ok: false, errors: result.errors };
    }
    return { ok: true, batch: result.batch, abort, commit: (hook) => commit({ seedDir, txDir, changes, hook }) };
  } catch (error) {
    await abort();
    throw error;
  }
}

async function commit({
  seedDir,
  txDir,
  changes,
  hook,
}: {
  seedDir: string;
  txDir: string;
  changes: FolderChange[];
  hook?: RenameHook;
}): Promise<CommittedTransaction> {
  const manifest: Manifest = { changes: changes.map((c) => ({ id: c.id, replace: c.next !== null })) };
  await writeDurably({ file: path.join(txDir, 'commit.json.tmp'), content: JSON.stringify(manifest) });
  await rename(path.join(txDir, 'commit.json.tmp'), path.join(txDir, 'commit.json'));
  await rollForward({ seedDir, txDir, manifest, hook });
  return {
    finish: () => rm(txDir, { recursive: true, force: true }),
    rollback: async () => {
      await rename(path.join(txDir, 'commit.json'), path.join(txDir, 'rollback.json'));
      await rollBack({ seedDir, txDir, manifest });
      await rm(txDir, { recursive: true, force: true });
    },
  };
}

/** Idempotent: each step checks what is already done, so recovery can run it again after a crash. */
async function rollForward({
  seedDir,
  txDir,
  manifest,
  hook,
}: {
  seedDir: string;
  txDir: string;
  manifest: Manifest;
  hook?: RenameHook;
}) {
  await mkdir(path.join(txDir, 'old'), { recursive: true });
  for (const { id, replace } of manifest.changes) {
    const live = path.join(seedDir, 'sources', id);
    const old = path.join(txDir, 'old', id);
    const staged = path.join(txDir, 'root', 'sources', id);
    const pending = replace ? await exists(staged) : await exists(live);
    if (!pending) continue;
    if ((await exists(live)) && !(await exists(old))) {
      await rename(live, old);
      hook?.({ id, what: 'old-out' });
    }
    if (replace) {
      await rename(staged, live);
      hook?.({ id, what: 'new-in' });
    }
  }
}

async function rollBack({ seedDir, txDir, manifest }: { seedDir: string; txDir: string; manifest: Manifest }) {
  await mkdir(path.join(txDir, 'discarded'), { recursive: true });
  for (const { id } of manifest.changes) {
    const live = path.join(seedDir, 'sources', id);
    const old = path.join(txDir, 'old', id);
    if (!(await exists(old))) {
      // Never moved out: a new source (its staged copy went live) or a step not reached.
      if (await exists(path.join(txDir, 'root', 'sources', id))) continue;
      if (await exists(live)) await rename(live, path.join(txDir, 'discarded', id));
      continue;
    }
    if (await exists(live)) await rename(live, path.join(txDir, 'discarded', id));
    await rename(old, live);
  }
}

/**
 * Finishes what a crashed process left in <seed>/.curation: committed -> forward, rolling back ->
 * back, never committed -> dropped. Returns one line per transaction it touched, for the log.
 */
export async function recoverSeedTransactions({ seedDir }: { seedDir: string }): Promise<string[]> {
  const base = path.join(seedDir, CURATION_DIR);
  if (!(await exists(base))) return [];
  const report: string[] = [];
  for (const entry of (await readdir(base, { withFileTypes: true })).filter((e) => e.isDirectory())) {
    const txDir = path.join(base, entry.name);
    const { readFile } = await import('node:fs/promises');
    const read = async (name: string) => JSON.parse(await readFile(path.join(txDir, name), 'utf8')) as Manifest;
    if (await exists(path.join(txDir, 'rollback.json'))) {
      const manifest = await read('rollback.json');
      await rollBack({ seedDir, txDir, manifest });
      report.push(`rolled back ${entry.name}: ${manifest.changes.map((c) => c.id).join(', ')}`);
    } else if (await exists(path.join(txDir, 'commit.json'))) {
      const manifest = await read('commit.json');
      await rollForward({ seedDir, txDir, manifest });
      report.push(`completed ${entry.name}: ${manifest.changes.map((c) => c.id).join(', ')}`);
    } else {
      report.push(`dropped uncommitted ${entry.name}`);
    }
    await rm(txDir, { recursive: true, force: true });
  }
  return report;
}
