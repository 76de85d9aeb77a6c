/**
 * Both ways of asking for a path (the pickers, a from/to link) must end in the same picture: the
 * written path visible, both ends highlighted with `on-path`, the layout at rest. Returns the path text.
 */
import { WAIT_MS, type ExplorerPage } from './explorer-page';

export async function waitForPathShown({
  explorer,
  ends,
  screenshot,
}: {
  explorer: ExplorerPage;
  ends: [string, string];
  screenshot: string;
}): Promise<string> {
  const pathText = explorer.page.getByTestId('path-text');
  await pathText.waitFor({ timeout: WAIT_MS });
  await explorer.waitForCy((cy, ids) => ids.every((id) => cy.getElementById(id).hasClass('on-path')), ends);
  await explorer.waitForGraphStill();
  await explorer.screenshot(screenshot);
  return (await pathText.textContent()) ?? '';
}
