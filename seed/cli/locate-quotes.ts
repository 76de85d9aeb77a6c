/**
 * `npm run seed:locate [-- --dir <seed dir or source folder>] [--fix-all]`: writes start/end of
 * every claim quote and entity mention that lacks them (with --fix-all also of wrong ones).
 * A quote found zero or several times is reported and left alone; add `occurrence: N` or give
 * offsets by hand. Exits 1 when anything could not be located.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED_DIR } from '../seed-directory';
import { compareText, formatSeedError, type SeedError } from '../loader/seed-errors';
import { resolveDir } from './cli-output';
import { fillQuoteOffsetsInFolder } from './fill-quote-offsets';

const USAGE = 'usage: locate-quotes [--dir <seed directory | seed/sources/<id>>] [--fix-all]';

/** A folder with text.txt is one source; otherwise every folder under <dir>/sources. */
async function sourceFolders(dir: string): Promise<string[]> {
  if (existsSync(path.join(dir, 'text.txt'))) return [dir];
  const sources = path.join(dir, 'sources');
  if (!existsSync(sources)) throw new Error(`${dir} holds neither text.txt nor a sources/ folder`);
  const entries = await readdir(sources, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort(compareText)
    .map((name) => path.join(sources, name));
}

async function main(): Promise<number> {
  let values: { dir?: string; 'fix-all'?: boolean; help?: boolean };
  try {
    values = parseArgs({
      options: {
        dir: { type: 'string' },
        'fix-all': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dir = resolveDir({ dir: values.dir, fallback: DEFAULT_SEED_DIR });
  const problems: SeedError[] = [];
  let filled = 0;
  let kept = 0;
  for (const folderDir of await sourceFolders(dir)) {
    const report = await fillQuoteOffsetsInFolder({
      folderDir,
      fixAll: values['fix-all'] ?? false,
      relativeTo: process.cwd(),
    });
    filled += report.filled;
    kept += report.kept;
    problems.push(...report.problems);
    for (const file of report.changedFiles) process.stdout.write(`updated ${file}\n`);
  }
  for (const problem of problems) process.stderr.write(`${formatSeedError(problem)}\n`);
  process.stdout.write(`${filled} span(s) located, ${kept} already had offsets, ${problems.length} problem(s)\n`);
  return problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`locate-quotes failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
