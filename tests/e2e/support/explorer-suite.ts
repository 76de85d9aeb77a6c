/**
 * Jest wiring shared by the browser scenarios: one harness (store, server, Chromium) per file,
 * fresh pages per scenario, closed after it. A scenario fails on any uncaught page exception
 * or Content-Security-Policy violation (and, unless it expects network failures, on any console error) and leaves a
 * `<name>.failed.png` screenshot behind when it fails. Timeouts are generous bounds for a slow
 * CI machine; no scenario asserts how long anything took.
 */
import type { ExplorerHarness, HarnessOptions } from './explorer-harness';
import { startExplorerHarness } from './explorer-harness';
import { CSP_VIOLATION, type ExplorerPage, type Viewport } from './explorer-page';

export const SETUP_MS = 300_000;
export const SCENARIO_MS = 120_000;
const CLOSE_MS = 30_000;

export interface ScenarioOptions {
  /** Console errors the scenario provokes on purpose (failed requests); uncaught errors still fail it. */
  expectConsoleErrors?: boolean;
}

export interface ExplorerSuite {
  harness: () => ExplorerHarness;
  /** A fresh page for the running scenario (closed after it). */
  openPage: (options?: { viewport?: Viewport; touch?: boolean }) => Promise<ExplorerPage>;
  /** it(title) with the page checks above; `name` names its screenshots. */
  scenario: (title: string, name: string, body: () => Promise<void>, options?: ScenarioOptions) => void;
}

export function useExplorerSuite(options: HarnessOptions = {}): ExplorerSuite {
  let harness: ExplorerHarness | undefined;
  const open: ExplorerPage[] = [];
  beforeAll(async () => {
    harness = await startExplorerHarness(options);
  }, SETUP_MS);
  afterEach(async () => {
    for (const page of open.splice(0)) await page.close().catch(() => undefined);
  }, CLOSE_MS);
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
    scenario: (title, name, body, { expectConsoleErrors = false } = {}) => {
      it(
        title,
        async () => {
          try {
            await body();
            for (const page of open) {
              const unexpected = expectConsoleErrors
                ? page.consoleErrors.filter((e) => e.startsWith('uncaught') || e.startsWith(CSP_VIOLATION))
                : page.consoleErrors;
              expect(unexpected).toEqual([]);
            }
          } catch (error) {
            for (const [i, page] of open.entries()) {
              await page.screenshot(`${name}${i === 0 ? '' : `-${i}`}.failed`).catch(() => undefined);
            }
            throw error;
          }
        },
        SCENARIO_MS,
      );
    },
  };
}
