/**
 * The write path of the curation API. One write at a time per process (a promise queue): several API
 * instances on one seed folder need a shared lock, see docs/api.md. Each write:
 *   1. loads the current seed (the source of truth) and lets the mutation edit folder Documents;
 *   2. bumps the version of every changed folder, stamps it and appends to its history.yaml;
 *   3. stages the new folders and validates the whole seed root with the loader's rules;
 *   4. swaps the folders in (seed/writer/seed-transaction.ts), then writes the difference to the store
 *      in one transaction; if the store fails, the old folders are put back.
 */
import { formatSeedError, type SeedError } from '../../seed/loader/seed-errors';
import { loadSeedDirectory } from '../../seed/loader/load-seed-directory';
import { listOf, readFolderDocuments, type FolderDocuments } from '../../seed/writer/folder-documents';
import { stageSeedChanges, type RenameHook } from '../../seed/writer/seed-transaction';
import { LIMITS } from '../../domain/limits';
import type { GraphBatch, GraphStore } from '../store/graph-store';
import { diffBatches } from './batch-diff';
import { ConflictError, ProblemsError } from '../errors/curation-errors';

export interface HistoryEntry {
  at: string;
  by: string;
  action: string;
  version: number;
  summary: string;
}

/** What a mutation's plan sees: the current seed and the means to change folders. */
export interface WriteContext {
  curator: string;
  /** ISO timestamp of this write (curatedAt). */
  now: string;
  /** The seed before the write, as the loader builds it. */
  prev: GraphBatch;
  /** The folder of a source, loaded once per write: edits to it accumulate. null when absent. */
  read(id: string): Promise<FolderDocuments | null>;
  /** Replaces a folder's content wholesale (saveSource); its history is kept. */
  put(folder: FolderDocuments): Promise<void>;
  /** Marks a folder read with read() as changed, with a line for its history. */
  touch(id: string, summary: string): void;
  /** Deletes a folder. */
  remove(id: string): Promise<void>;
  /** Throws CONFLICT unless the folder's version is `expected` (null: the folder must not exist). */
  expectVersion(id: string, expected: number | null | undefined): Promise<void>;
}

export interface CurationService {
  readonly seedDir: string;
  write<T>(args: { curator: string; action: string; plan: (ctx: WriteContext) => Promise<T> }): Promise<T>;
  /** Version and history of a source folder (newest first); null when the folder does not exist. */
  sourceInfo(args: { id: string }): Promise<{ version: number; history: HistoryEntry[] } | null>;
  /** Entities of the current seed (id, type, name, aliases), for the extractor to reuse ids. */
  existingEntities(): Promise<{ id: string; type: string; name: string; aliases: string[] }[]>;
}

export const versionOf = (folder: FolderDocuments): number => {
  const value = folder.source.get('version');
  return typeof value === 'number' ? value : 1;
};

export function problemsOf({ errors }: { errors: SeedError[] }): ProblemsError {
  const shown = errors.slice(0, 3).map(formatSeedError).join('; ');
  return new ProblemsError(
    `${errors.length} problem(s), nothing was written: ${shown}${errors.length > 3 ? '; ...' : ''}`,
    errors.map((e) => ({ file: e.file, path: e.path, line: e.line, message: e.message })),
  );
}

export function createCurationService({
  seedDir,
  store,
  now = () => new Date().toISOString(),
  renameHook,
}: {
  seedDir: string;
  store: GraphStore;
  now?: () => string;
  /** Tests only: simulate a crash between the renames of a commit. */
  renameHook?: RenameHook;
}): CurationService {
  let queue: Promise<unknown> = Promise.resolve();

  async function runWrite<T>({
    curator,
    action,
    plan,
  }: {
    curator: string;
    action: string;
    plan: (ctx: WriteContext) => Promise<T>;
  }) {
    const loaded = await loadSeedDirectory({ seedDir });
    if (!loaded.ok) {
      throw new Error(
        `The seed folder already has ${loaded.errors.length} problem(s) (${formatSeedError(loaded.errors[0]!)}); fix them (npm run seed:check) before curating`,
      );
    }
    const stamp = now();
    const folders = new Map<string, FolderDocuments | null>();
    const original = new Map<string, FolderDocuments | null>();
    const changed = new Map<string, string[]>();
    const readOriginal = async (id: string) => {
      if (!original.has(id)) original.set(id, await readFolderDocuments({ seedDir, id }));
      return original.get(id)!;
    };
    const ctx: WriteContext = {
      curator,
      now: stamp,
      prev: loaded.batch,
      read: async (id) => {
        if (!folders.has(id)) {
          await readOriginal(id);
          folders.set(id, await readFolderDocuments({ seedDir, id }));
        }
        return folders.get(id)!;
      },
      put: async (folder) => {
        await readOriginal(folder.id);
        folders.set(folder.id, folder);
        changed.set(folder.id, [...(changed.get(folder.id) ?? []), 'saved the whole source']);
      },
      touch: (id, summary) => changed.set(id, [...(changed.get(id) ?? []), summary]),
      remove: async (id) => {
        await readOriginal(id);
        folders.set(id, null);
        changed.set(id, ['deleted']);
      },
      expectVersion: async (id, expected) => {
        if (expected === undefined) return;
        const current = await readOriginal(id);
        const version = current === null ? null : versionOf(current);
        if (version === expected) return;
        if (expected === null)
          throw new ConflictError(
            `Source ${id} already exists (version ${version}); send its current version to replace it`,
            id,
            version,
          );
        if (version === null)
          throw new ConflictError(`Source ${id} does not exist (any more); send version null to create it`, id, null);
        throw new ConflictError(
          `Source ${id} is at version ${version}, not ${expected}: reload it and apply the change again`,
          id,
          version,
        );
      },
    };
    const result = await plan(ctx);
    if (changed.size === 0) return result;

    const changes = [...changed.keys()].sort().map((id) => {
      const next = folders.get(id) ?? null;
      if (next !== null)
        finalize({
          folder: next,
          before: original.get(id) ?? null,
          curator,
          action,
          stamp,
          summary: changed.get(id)!.join('; '),
        });
      return { id, next };
    });
    const staged = await stageSeedChanges({ seedDir, changes });
    if (!staged.ok) throw problemsOf({ errors: staged.errors });
    const { batch, remove } = diffBatches({
      prev: loaded.batch,
      next: staged.batch,
      changedSourceIds: new Set(changed.keys()),
    });
    const transaction = await staged.commit(renameHook);
    try {
      await store.applyCuration({ batch, remove });
    } catch (error) {
      await transaction.rollback();
      throw error;
    }
    await transaction.finish();
    return result;
  }

  return {
    seedDir,
    write: (args) => {
      const next = queue.then(() => runWrite(args));
      // The queue itself never rejects, so one failed write does not block the next.
      queue = next.catch(() => undefined);
      return next;
    },
    existingEntities: async () => {
      const loaded = await loadSeedDirectory({ seedDir });
      return loaded.ok ? loaded.batch.entities.map(({ id, type, name, aliases }) => ({ id, type, name, aliases })) : [];
    },
    sourceInfo: async ({ id }) => {
      const folder = await readFolderDocuments({ seedDir, id }).catch(() => null);
      if (folder === null) return null;
      const history = listOf(folder.history) as unknown as HistoryEntry[];
      return { version: versionOf(folder), history: history.slice(-LIMITS.MAX_HISTORY).reverse() };
    },
  };
}

/** Version + 1 (1 for a new folder), stamp source.yaml, append to the history (the last 100 kept). */
function finalize({
  folder,
  before,
  curator,
  action,
  stamp,
  summary,
}: {
  folder: FolderDocuments;
  before: FolderDocuments | null;
  curator: string;
  action: string;
  stamp: string;
  summary: string;
}): void {
  const version = before === null ? 1 : versionOf(before) + 1;
  folder.source.set('version', version);
  folder.source.set('curatedBy', curator);
  folder.source.set('curatedAt', stamp);
  const history = before === null ? [] : listOf(before.history);
  const entries = [...history, { at: stamp, by: curator, action, version, summary }].slice(-LIMITS.MAX_HISTORY);
  folder.history.contents = folder.history.createNode(entries);
}
