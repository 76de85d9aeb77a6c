/**
 * Jest wiring shared by the browser scenarios: one harness (store, server, Chromium) per file,
 * one fresh page per scenario, closed after it. Timeouts are generous bounds for a slow CI
 * machine; no scenario asserts how long anything took.
 */
import type { ExplorerHarness } from './explorer-harness';
import { startExplorerHarness } from './explorer-harness';
import type { ExplorerPage, Viewport } from './explorer-page';

export const SETUP_MS = 300_000;
export const SCENARIO_MS = 120_000;

export interface ExplorerSuite {
  harness: () => ExplorerHarness;
  /** A fresh page for this scenario (closed after it). */
  openPage: (options?: { viewport?: Viewport }) => Promise<ExplorerPage>;
}

export function useExplorerSuite(): ExplorerSuite {
  let harness: ExplorerHarness | undefined;
  const open: ExplorerPage[] = [];
  beforeAll(async () => {
    harness = await startExplorerHarness();
  }, SETUP_MS);
  afterEach(async () => {
    for (const page of open.splice(0)) await page.close().catch(() => undefined);
  });
  afterAll(async () => {
    await harness?.stop();
  }, SETUP_MS);
  const current = () => {
    if (!harness) throw new Error('the explorer harness did not start (see beforeAll)');
    return harness;
  };
  return {
    harness: current,
    openPage: async (options) => {
      const page = await current().openPage(options);
      open.push(page);
      return page;
    },
  };
}
