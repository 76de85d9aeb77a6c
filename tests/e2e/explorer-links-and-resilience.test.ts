/**
 * The explorer outside the happy click path: shared links reopen the same view on a fresh
 * page, a dead API (from the start, or stopped mid-session) shows a banner with Retry (and
 * Retry recovers), and a phone-sized screen renders without sideways scrolling.
 */
import { browserGate, describeWithService } from '../support/service-gates';
import { useExplorerSuite } from './support/explorer-suite';
import { waitForPathShown } from './support/wait-for-path-shown';
import { WAIT_MS, type ExplorerPage } from './support/explorer-page';

const LLAMA = 'llama';
const KAI_FU_LEE = 'kai-fu-lee';
const DERIVED_FROM_EDGE = '01-ai--DERIVED_FROM--llama';
const PHONE = { width: 390, height: 844 };

/** The page never scrolls sideways; on failure the message names what sticks out. */
async function expectNoHorizontalOverflow(explorer: ExplorerPage): Promise<void> {
  const widths = await explorer.page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    // Elements reaching past the right edge, to name the culprit when the page overflows.
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  }));
  // On failure this shows the widths and the first elements sticking out.
  expect(widths.scroll > widths.client ? widths : 'no horizontal overflow').toBe('no horizontal overflow');
}

/** Whether the edge's midpoint is near the canvas centre and both its ends are on screen. */
async function edgeInView(explorer: ExplorerPage, id: string): Promise<{ centred: boolean; endsVisible: boolean }> {
  return explorer.cyQuery((cy, edgeId) => {
    const edge = cy.getElementById(edgeId);
    if (!edge.isEdge()) return { centred: false, endsVisible: false };
    const mid = edge.renderedMidpoint();
    const inside = (p: { x: number; y: number }) => p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
    return {
      centred: Math.abs(mid.x - cy.width() / 2) < cy.width() / 4 && Math.abs(mid.y - cy.height() / 2) < cy.height() / 4,
      endsVisible: [edge.source(), edge.target()].every((n) => inside(n.renderedPosition())),
    };
  }, id);
}

describeWithService(browserGate(), 'Explorer in Chromium: links, outages, small screens', () => {
  const suite = useExplorerSuite();

  suite.scenario('a link with select=llama opens with LLaMA selected and described', 'deep-link-select', async () => {
    const explorer = await suite.openPage();
    await explorer.open({ search: `?select=${LLAMA}` });

    await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), LLAMA);
    await explorer.details().getByRole('heading', { name: 'LLaMA', exact: true }).waitFor({ timeout: WAIT_MS });
    await explorer.waitForGraphStill();
    await explorer.screenshot('deep-link-select');
    expect(await explorer.selectedIds()).toEqual([LLAMA]);
    // The view centres on what the link selected.
    const inView = await explorer.cyQuery((cy, id) => {
      const p = cy.getElementById(id).renderedPosition();
      return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
    }, LLAMA);
    expect(inView).toBe(true);
    expect(explorer.searchParams()).toMatchObject({ select: LLAMA });
  });

  suite.scenario('a link with edge=… opens the evidence of that edge', 'deep-link-edge', async () => {
    const explorer = await suite.openPage();
    await explorer.open({ search: `?edge=${encodeURIComponent(DERIVED_FROM_EDGE)}` });

    await explorer.details().getByRole('heading', { name: 'DERIVED_FROM', exact: true }).waitFor({ timeout: WAIT_MS });
    await explorer.details().locator('blockquote', { hasText: 'came from LLaMA' }).waitFor({ timeout: WAIT_MS });
    await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), DERIVED_FROM_EDGE);
    await explorer.waitForGraphStill();
    await explorer.screenshot('deep-link-edge');
    // Like select=, the view centres on what the link selected: the edge, both ends in view.
    expect(await edgeInView(explorer, DERIVED_FROM_EDGE)).toEqual({ centred: true, endsVisible: true });
  });

  suite.scenario('a link with from=kai-fu-lee&to=llama redraws the path and its text', 'deep-link-path', async () => {
    const explorer = await suite.openPage();
    await explorer.open({ search: `?from=${KAI_FU_LEE}&to=${LLAMA}` });

    const text = await waitForPathShown({ explorer, ends: [KAI_FU_LEE, LLAMA], screenshot: 'deep-link-path' });
    expect(text).toContain('Kai-Fu Lee');
    expect(text).toContain('LLaMA');
    // The path ends are filled into the pickers, so the user can see what was asked.
    await expect(explorer.page.getByRole('combobox', { name: 'Path from', exact: true }).inputValue()).resolves.toBe(
      'Kai-Fu Lee',
    );
    await expect(explorer.page.getByRole('combobox', { name: 'Path to', exact: true }).inputValue()).resolves.toBe(
      'LLaMA',
    );
    expect(explorer.searchParams()).toMatchObject({ from: KAI_FU_LEE, to: LLAMA });
  });

  suite.scenario(
    'with the API unreachable a banner offers Retry, and Retry loads the graph once it is back',
    'api-unreachable',
    async () => {
      const explorer = await suite.openPage();
      // The page itself loads; every GraphQL request fails at the network level.
      await explorer.page.route('**/graphql', (route) => route.abort('connectionrefused'));
      await explorer.goto();

      const alert = explorer.page.getByRole('alert').filter({ hasText: 'API unreachable' });
      await alert.waitFor({ timeout: WAIT_MS });
      const retry = alert.getByRole('button', { name: 'Retry', exact: true });
      await expect(retry.isVisible()).resolves.toBe(true);
      await explorer.screenshot('api-unreachable');

      await explorer.page.unroute('**/graphql');
      await retry.click();
      await explorer.waitForGraphReady();
      await alert.waitFor({ state: 'detached', timeout: WAIT_MS });
      const nodes = await explorer.cyQuery((cy) => cy.nodes().length, null);
      expect(nodes).toBeGreaterThan(20);
      // One Retry brings the whole page back, the article with its highlights included.
      await explorer.reader().locator('mark[data-claim-id]').first().waitFor({ timeout: WAIT_MS });
    },
    // Chromium logs each refused request as a console error; exceptions still fail the scenario.
    { expectConsoleErrors: true },
  );

  suite.scenario(
    'when the server stops after the graph loaded, a search shows the banner; Retry clears it once the server is back',
    'api-stopped-mid-session',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open();
      const alert = explorer.page.getByRole('alert').filter({ hasText: 'API unreachable' });
      expect(await alert.count()).toBe(0);

      const search = explorer.page.getByRole('combobox', { name: 'Search', exact: true });
      await suite.harness().stopServer();
      try {
        await search.click();
        await search.fill('Qwen');
        await alert.waitFor({ timeout: WAIT_MS });
        await explorer.screenshot('api-stopped-mid-session');
        // The graph drawn before the outage stays on screen.
        expect(await explorer.cyQuery((cy) => cy.nodes().length, null)).toBeGreaterThan(20);
      } finally {
        await suite.harness().restartServer();
      }

      await alert.getByRole('button', { name: 'Retry', exact: true }).click();
      await alert.waitFor({ state: 'detached', timeout: WAIT_MS });
      await explorer.waitForGraphReady();
      // The search that failed ran again: back in the box, it offers its results, not the failure.
      await search.click();
      await explorer.page.getByRole('option', { name: /Qwen/ }).first().waitFor({ timeout: WAIT_MS });
    },
    // Chromium logs each refused request as a console error; exceptions still fail the scenario.
    { expectConsoleErrors: true },
  );

  suite.scenario('at 390x844 the page renders without horizontal overflow', 'narrow-390', async () => {
    const explorer = await suite.openPage({ viewport: PHONE });
    await explorer.open();
    await explorer.screenshot('narrow-390');

    await expectNoHorizontalOverflow(explorer);
    const canvas = await explorer.canvasBox();
    expect(canvas.width).toBeGreaterThan(300);
    expect(canvas.height).toBeGreaterThan(200);
    // Labels open legible (16px labels at >= ~11px), not the whole article shrunk to fit;
    // what is off screen is a pan or a pinch away.
    const view = await explorer.cyQuery(
      (cy) => ({ zoom: cy.zoom(), pan: cy.userPanningEnabled(), pinch: cy.userZoomingEnabled() }),
      null,
    );
    expect(view.zoom).toBeGreaterThanOrEqual(0.7);
    expect(view).toMatchObject({ pan: true, pinch: true });
    expect(await explorer.overlappingLabels()).toEqual([]);
    // The panels stack under the canvas.
    const details = await explorer.details().boundingBox();
    expect(details!.y).toBeGreaterThanOrEqual(canvas.y + canvas.height);
    // The main controls are still there on a phone.
    await expect(explorer.page.getByRole('combobox', { name: 'Search', exact: true }).isVisible()).resolves.toBe(true);
    await expect(explorer.reader().isVisible()).resolves.toBe(true);
  });

  suite.scenario(
    "at 390x844 an edge's evidence opens in the details panel without horizontal overflow",
    'narrow-390-edge-evidence',
    async () => {
      const explorer = await suite.openPage({ viewport: PHONE });
      await explorer.open({ search: `?edge=${encodeURIComponent(DERIVED_FROM_EDGE)}` });
      const heading = explorer.details().getByRole('heading', { name: 'DERIVED_FROM', exact: true });
      await heading.waitFor({ timeout: WAIT_MS });
      await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), DERIVED_FROM_EDGE);
      await explorer.waitForGraphStill();
      expect(await edgeInView(explorer, DERIVED_FROM_EDGE)).toEqual({ centred: true, endsVisible: true });
      const quote = explorer.details().locator('blockquote', { hasText: 'came from LLaMA' });
      await quote.scrollIntoViewIfNeeded({ timeout: WAIT_MS });
      await explorer.screenshot('narrow-390-edge-evidence');
      await expectNoHorizontalOverflow(explorer);
      const box = await quote.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    },
  );
});
