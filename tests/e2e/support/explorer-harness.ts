/**
 * Everything the browser suite runs against, started in-process: the repository's seed in an
 * embedded store, the real HTTP server (API + built UI) on a free port, and one headless
 * Chromium. Each scenario gets its own browser context (fresh storage, its own console log).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { parseWriteTokens } from '../../../server/auth/write-tokens';
import { loadSeedDirectory } from '../../../seed/loader/load-seed-directory';
import { formatSeedError } from '../../../seed/loader/seed-errors';
import { createServer, type RunningServer } from '../../../server/http/create-server';
import { DEFAULT_SEED_DIR } from '../../../server/project-root';
import { createEmbeddedStore } from '../../../server/store/embedded/create-embedded-store';
import type { GraphBatch, GraphStore } from '../../../server/store/graph-store';
import { chromiumPath } from '../../support/service-gates';
import { ensureClientBuild, type ClientBuild } from './client-build';
import { ExplorerPage, type Viewport } from './explorer-page';

/** Debian's Chromium, never a downloaded one; flags keep it quiet and offline. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP: Viewport = { width: 1280, height: 900 };

export interface ExplorerHarness {
  baseUrl: string;
  /** A fresh context and page, with console errors collected from the start. */
  /** `touch`: a phone (touch screen, coarse pointer, mobile viewport meta honoured). */
  openPage: (options?: { viewport?: Viewport; touch?: boolean }) => Promise<ExplorerPage>;
  /** Stops the HTTP server (pages stay open and start meeting refused connections). */
  stopServer: () => Promise<void>;
  /** Starts it again on the same port, so open pages reach it at the same URL. */
  restartServer: () => Promise<void>;
  stop: () => Promise<void>;
}

/** The two-source fixture (the article plus a short note whose person joins its entities). */
export const TWO_SOURCE_SEED_DIR = path.join(__dirname, '..', 'fixtures', 'two-source-seed');

/**
 * Which seed the suite runs on (WHOSAID_SEED_DIR, else seed/): the few scenarios that count the
 * article's own claims or nodes expect the two-source fixture's extra note where it shows.
 */
export const SUITE_SEED: 'article' | 'two-source' =
  process.env.WHOSAID_SEED_DIR && path.resolve(process.env.WHOSAID_SEED_DIR) === TWO_SOURCE_SEED_DIR
    ? 'two-source'
    : 'article';

/**
 * `seedDir`: the scenario's own seed; else WHOSAID_SEED_DIR (run the whole suite on another seed), else
 * seed/. Curation scenarios write: `writable` gives them a temporary copy of that seed (the server's
 * WHOSAID_SEED_DIR) and write tokens (WHOSAID_WRITE_TOKENS, `name:token`). Default: read-only, writes off.
 */
export interface HarnessOptions {
  seedDir?: string;
  writable?: { tokens: string };
  /** Records written after the seed (a scenario's synthetic graph, e.g. a hub too large for the first view). */
  extraBatch?: GraphBatch;
}

/** A throwaway copy of a seed folder (without its .curation lock and journal folder). */
function copyOfSeed({ from }: { from: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-e2e-seed-'));
  cpSync(from, dir, { recursive: true, filter: (file) => path.basename(file) !== '.curation' });
  return dir;
}

async function seededStore({ seedDir, extraBatch }: { seedDir: string; extraBatch?: GraphBatch }): Promise<GraphStore> {
  const result = await loadSeedDirectory({ seedDir });
  if (!result.ok)
    throw new Error(`the seed in ${seedDir} does not load:\n${result.errors.map(formatSeedError).join('\n')}`);
  const store = createEmbeddedStore();
  await store.writeBatch({ batch: result.batch });
  if (extraBatch) await store.writeBatch({ batch: extraBatch });
  return store;
}

export async function startExplorerHarness({
  seedDir: baseSeedDir = process.env.WHOSAID_SEED_DIR || DEFAULT_SEED_DIR,
  writable,
  extraBatch,
}: HarnessOptions = {}): Promise<ExplorerHarness> {
  let build: ClientBuild | undefined;
  let store: GraphStore | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const pages: ExplorerPage[] = [];
  const stop = async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    await store?.close().catch(() => undefined);
    build?.cleanup();
    if (seedCopy) rmSync(seedCopy, { recursive: true, force: true });
  };
  const seedCopy = writable ? copyOfSeed({ from: baseSeedDir }) : undefined;
  const seedDir = seedCopy ?? baseSeedDir;
  const writeAccess = writable ? parseWriteTokens({ value: writable.tokens }) : ({ kind: 'off' } as const);
  try {
    build = await ensureClientBuild();
    store = await seededStore({ seedDir, extraBatch });
    server = await createServer({ store, port: 0, clientDistDir: build.dir, seedDir, writeAccess });
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    await stop();
    throw error;
  }
  const baseUrl = server.url;
  const port = Number(new URL(baseUrl).port);
  const launched = browser;
  const servedStore = store;
  const clientDistDir = build.dir;
  return {
    baseUrl,
    openPage: async ({ viewport = DESKTOP, touch = false } = {}) => {
      const context = await launched.newContext({ viewport, hasTouch: touch, isMobile: touch });
      const page = await ExplorerPage.create({ context, baseUrl });
      pages.push(page);
      return page;
    },
    stopServer: async () => {
      await server?.stop();
      server = undefined;
    },
    restartServer: async () => {
      if (server) return;
      server = await createServer({ store: servedStore, port, clientDistDir, seedDir, writeAccess });
    },
    stop,
  };
}
