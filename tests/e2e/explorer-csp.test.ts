/**
 * The explorer runs under the server's strict Content-Security-Policy: the page's document carries
 * it, the graph draws and a node can be selected with no violation (every scenario also fails on any
 * violation, see support/explorer-page.ts), and the detector itself fires on a real one.
 */
import { browserGate, describeWithService } from '../support/service-gates';
import { CSP_VIOLATION, WAIT_MS } from './support/explorer-page';
import { useExplorerSuite } from './support/explorer-suite';

describeWithService(browserGate(), 'Content-Security-Policy in Chromium', () => {
  const suite = useExplorerSuite();

  suite.scenario('the explorer works under its CSP, and a violation would be caught', 'csp', async () => {
    const explorer = await suite.openPage();
    const response = await explorer.page.goto(`${explorer.baseUrl}/`, { waitUntil: 'domcontentloaded' });
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    await explorer.waitForGraphReady();
    const first = await explorer.cyQuery((cy) => cy.nodes()[0]?.id() ?? null, null);
    if (!first) throw new Error('the explorer drew no node');
    await explorer.clickNode(first);
    expect(await explorer.selectedIds()).toEqual([first]);
    expect(explorer.consoleErrors.filter((e) => e.startsWith(CSP_VIOLATION))).toEqual([]);

    // An inline script is what the policy forbids: the detector must report it (and the script not run).
    await explorer.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await explorer.page.waitForFunction(() => document.readyState === 'complete', null, { timeout: WAIT_MS });
    const deadline = Date.now() + WAIT_MS;
    while (!explorer.consoleErrors.some((e) => e.startsWith(CSP_VIOLATION)) && Date.now() < deadline) {
      await explorer.page.waitForTimeout(50);
    }
    const caught = explorer.consoleErrors.filter((e) => e.startsWith(CSP_VIOLATION));
    expect(caught).toEqual([expect.stringMatching(/script-src/)]);
    expect(
      await explorer.page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan),
    ).toBeUndefined();
    // The violation was provoked on purpose: clear it (and Chromium's console echo) before the suite's check.
    explorer.consoleErrors.splice(0);
  });
});
