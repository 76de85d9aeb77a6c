/** Placeholder until the browser page lands: no browser figures. */
import type { BrowserResult } from '../report';

export async function runBrowserBench(_args: { size: string }): Promise<BrowserResult[]> {
  return [];
}
