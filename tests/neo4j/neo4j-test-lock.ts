/**
 * Neo4j Community has one user database, and Jest runs test files in parallel workers: two suites that
 * wipe and re-seed NEO4J_TEST_URI at the same time would see each other's data. A suite that owns the
 * test database holds this cross-process lock from its setup to its teardown.
 *
 * The lock is a directory (mkdir is atomic) holding the owner's pid; a lock whose owner died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const POLL_MS = 200;

function lockDirFor(uri: string): string {
  return path.join(os.tmpdir(), `whosaid-neo4j-test-lock-${uri.replace(/[^a-zA-Z0-9]+/g, '_')}`);
}

function ownerIsAlive(dir: string): boolean {
  try {
    const pid = Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits (up to timeoutMs) for exclusive use of the Neo4j test database at `uri`; returns the release function. */
export async function lockNeo4jTestDatabase({
  uri,
  timeoutMs = 600_000,
}: {
  uri: string;
  timeoutMs?: number;
}): Promise<() => void> {
  const dir = lockDirFor(uri);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A fresh lock may not have its pid file yet; only a lock whose pid file names a dead process is stale.
    let stale: boolean;
    try {
      readFileSync(path.join(dir, 'pid'));
      stale = !ownerIsAlive(dir);
    } catch {
      stale = false;
    }
    if (stale) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`the Neo4j test database ${uri} stayed locked (${dir}) for ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
