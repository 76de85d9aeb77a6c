/**
 * The built UI the browser suite serves. CI runs `npm run build` first, so dist/client is used
 * as it is. Locally dist/client may be missing or older than client/ (the UI changes while we
 * test): then the suite builds its own copy into a temporary folder instead of dist/client, so
 * it never clobbers a build someone else is serving, and deletes it afterwards.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLIENT_DIST_DIR, PROJECT_ROOT } from '../../../server/project-root';

/** Where the client's code comes from: its own folder and the shared domain/ module it imports. */
const CLIENT_SOURCE_DIRS = [path.join(PROJECT_ROOT, 'client'), path.join(PROJECT_ROOT, 'domain')];
const BUILD_TIMEOUT_MS = 240_000;

export interface ClientBuild {
  dir: string;
  /** How the folder came about, for the log line. */
  origin: 'env' | 'dist' | 'fresh';
  cleanup: () => void;
}

function newestMtime({ dir }: { dir: string }): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime({ dir: full }) : statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh({ dir }: { dir: string }): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const sources = Math.max(...CLIENT_SOURCE_DIRS.filter((d) => existsSync(d)).map((d) => newestMtime({ dir: d })));
  return statSync(index).mtimeMs >= sources;
}

function runViteBuild({ outDir }: { outDir: string }): Promise<void> {
  const vite = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vite');
  const args = [
    'build',
    '--config',
    'client/vite.config.mts',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(vite, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`vite build did not finish within ${BUILD_TIMEOUT_MS / 1000}s:\n${output.slice(-2000)}`));
    }, BUILD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0 && existsSync(path.join(outDir, 'index.html'))) resolve();
      else reject(new Error(`vite build failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

/** E2E_CLIENT_DIST wins; then a fresh dist/client; else a private build. */
export async function ensureClientBuild(): Promise<ClientBuild> {
  const fromEnv = process.env.E2E_CLIENT_DIST;
  if (fromEnv) {
    if (!existsSync(path.join(fromEnv, 'index.html'))) throw new Error(`E2E_CLIENT_DIST=${fromEnv} has no index.html`);
    return { dir: fromEnv, origin: 'env', cleanup: () => undefined };
  }
  if (isFresh({ dir: CLIENT_DIST_DIR })) return { dir: CLIENT_DIST_DIR, origin: 'dist', cleanup: () => undefined };
  const outDir = mkdtempSync(path.join(tmpdir(), 'whosaid-e2e-client-'));
  try {
    await runViteBuild({ outDir });
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  return { dir: outDir, origin: 'fresh', cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
}
