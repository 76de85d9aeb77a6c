/**
 * Where the repository's seed folder is, found by walking up to package.json so it works from
 * seed/ (tsx, jest) and dist/seed/ (compiled). Seed's own copy, so seed/ never imports server/.
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

export const DEFAULT_SEED_DIR = path.join(findProjectRoot(__dirname), 'seed');
