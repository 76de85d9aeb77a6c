/** Printing shared by the seed CLIs: errors as `file:line  path  message`, files relative to the working directory. */
import path from 'node:path';
import { formatSeedError, type SeedError } from '../loader/seed-errors';

export function printSeedErrors({ errors, seedDir }: { errors: readonly SeedError[]; seedDir: string }): void {
  for (const error of errors) {
    // Relative to where the command runs, so terminals and editors can open file:line directly.
    const file = path.relative(process.cwd(), path.join(seedDir, error.file)) || '.';
    process.stderr.write(`${formatSeedError({ ...error, file })}\n`);
  }
  process.stderr.write(`\n${errors.length} problem(s) in ${seedDir}; nothing was written.\n`);
}

/** A relative --dir is taken from where the user typed the command (npm runs scripts from the repo root). */
export function resolveDir({ dir, fallback }: { dir: string | undefined; fallback: string }): string {
  return dir === undefined ? fallback : path.resolve(process.env.INIT_CWD ?? process.cwd(), dir);
}
