/** A throw-away seed root for ingest tests, and runIngest with its output captured. */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runIngest } from '../../seed/ingest/run-ingest';

export const FIXTURES = path.resolve(__dirname, '../fixtures/ingest');

export function tempSeedRoot(): { dir: string; remove: () => Promise<void> } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'whosaid-ingest-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function ingest({
  args,
  seedDir,
}: {
  args: string[];
  seedDir: string;
}): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runIngest({
    argv: [...args, '--seed-dir', seedDir],
    defaultSeedDir: seedDir,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}
