/**
 * The top-level folders depend on each other in one direction only:
 *   client -> domain,   seed -> domain,   server -> seed, domain,   domain -> nothing
 * (bench and scripts may use server; tests may use anything and nothing uses tests). Imports are
 * read with TypeScript's own pre-processor, so type-only and dynamic imports count too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../../server/project-root';

const FOLDERS = ['domain', 'seed', 'server', 'client', 'bench', 'scripts'] as const;
type Folder = (typeof FOLDERS)[number];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'generated-dist' || name.startsWith('.')) return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every (importing file, imported top-level folder) pair between different top-level folders. */
function crossFolderImports(): { from: Folder; to: string; file: string; specifier: string }[] {
  const found: { from: Folder; to: string; file: string; specifier: string }[] = [];
  for (const folder of FOLDERS) {
    for (const file of sourceFiles(path.join(PROJECT_ROOT, folder))) {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      for (const { fileName: specifier } of importedFiles) {
        if (!specifier.startsWith('.')) continue;
        const target = path.relative(PROJECT_ROOT, path.resolve(path.dirname(file), specifier)).split(path.sep)[0];
        if (target !== folder)
          found.push({ from: folder, to: target, file: path.relative(PROJECT_ROOT, file), specifier });
      }
    }
  }
  return found;
}

const imports = crossFolderImports();
const edges = (from: string) => [...new Set(imports.filter((i) => i.from === from).map((i) => i.to))].sort();
const offenders = (from: Folder, to: string) =>
  imports.filter((i) => i.from === from && i.to === to).map((i) => `${i.file} imports ${i.specifier}`);

describe('folder dependencies', () => {
  it('finds the imports it checks (the scan is not vacuous)', () => {
    expect(edges('server')).toEqual(expect.arrayContaining(['domain', 'seed']));
    expect(edges('client')).toContain('domain');
  });

  it('domain imports no other folder', () => {
    expect(imports.filter((i) => i.from === 'domain').map((i) => `${i.file} imports ${i.specifier}`)).toEqual([]);
  });

  it('client never imports server or seed', () => {
    expect([...offenders('client', 'server'), ...offenders('client', 'seed')]).toEqual([]);
  });

  it('seed never imports server', () => {
    expect(offenders('seed', 'server')).toEqual([]);
  });

  it('nothing imports tests', () => {
    expect(imports.filter((i) => i.to === 'tests').map((i) => `${i.file} imports ${i.specifier}`)).toEqual([]);
  });

  it('the top-level folders form no cycle', () => {
    const cycles: string[] = [];
    const walk = (folder: string, trail: string[]): void => {
      for (const next of edges(folder)) {
        if (trail.includes(next)) cycles.push([...trail.slice(trail.indexOf(next)), next].join(' -> '));
        else walk(next, [...trail, next]);
      }
    };
    for (const folder of FOLDERS) walk(folder, [folder]);
    expect(cycles).toEqual([]);
  });
});
