/**
 * `npm run bench:report -- --json FILE [--markdown FILE]`: writes docs/benchmarks.md again from the JSON of
 * an earlier `npm run bench` and the current bench/benchmark-notes.md, so notes written after a run (what
 * the figures mean, which targets they miss and why) need no second run of the whole benchmark.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/project-root';
import { benchMarkdown, NOTES_FILE, type BenchResult } from './report';

function argument({ argv, flag }: { argv: readonly string[]; flag: string }): string | undefined {
  const at = argv.indexOf(flag);
  return at === -1 ? undefined : argv[at + 1];
}

const argv = process.argv.slice(2);
const json = argument({ argv, flag: '--json' });
if (!json) {
  console.error('usage: npm run bench:report -- --json FILE [--markdown FILE]');
  process.exit(2);
}
const markdown = path.resolve(PROJECT_ROOT, argument({ argv, flag: '--markdown' }) ?? 'docs/benchmarks.md');
const result = JSON.parse(readFileSync(path.resolve(json), 'utf8')) as BenchResult;
writeFileSync(markdown, benchMarkdown({ result, notesFile: NOTES_FILE }));
console.log(`wrote ${path.relative(PROJECT_ROOT, markdown)} from ${json}`);
