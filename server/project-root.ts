/**
 * The repository root, found by walking up from this file, so paths work the same from
 * server/ (tsx, jest) and dist/server/ (compiled).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export { DEFAULT_SEED_DIR } from '../seed/seed-directory';
export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
export const CLIENT_DIST_DIR = path.join(PROJECT_ROOT, 'dist', 'client');
