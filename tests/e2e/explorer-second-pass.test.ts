/**
 * What a first-time user tripped over (the explorer's second pass), one describe per section of
 * the issue: search finds quotes (2), the who-said-what flow keeps its place (3), the path finder
 * explains itself (4), getting around (5). Ids come from seed/sources/ai-race-article/*.yaml.
 */
import type { Core } from 'cytoscape';
import { browserGate, describeWithService } from '../support/service-gates';
import { useExplorerSuite } from './support/explorer-suite';
import { WAIT_MS, type ExplorerPage } from './support/explorer-page';

const KING_CLAIM = 'delangue-qwen-72b-is-the-king';
const CLEMENT_DELANGUE = 'clement-delangue';
const KAI_FU_LEE = 'kai-fu-lee';
const LLAMA = 'llama';
const DERIVED_FROM_EDGE = '01-ai--DERIVED_FROM--llama';

/**
 * Polls `predicate` through cyQuery (a plain evaluate) until it holds: waitForFunction's own
 * polling of a string expression can trip the page's Content-Security-Policy (no eval).
 */
async function until<A>(explorer: ExplorerPage, predicate: (cy: Core, arg: A) => boolean, arg: A): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await explorer.cyQuery(predicate, arg))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${predicate.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Overlaps among the drawn path's edge labels, and between them and any node (label included). */
async function pathLabelOverlaps(explorer: ExplorerPage): Promise<string[]> {
  return explorer.cyQuery((cy) => {
    type B = { x1: number; y1: number; x2: number; y2: number };
    const hit = (a: B, b: B) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const labels = cy.edges('.on-path').map((e) => ({
      id: e.id(),
      box: e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never) as B,
    }));
    const nodes = cy.nodes(':visible').map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: true }) as B }));
    const found: string[] = [];
    labels.forEach((l, i) => {
      labels.slice(i + 1).forEach((m) => hit(l.box, m.box) && found.push(`${l.id} / ${m.id}`));
      nodes.forEach((n) => hit(l.box, n.box) && found.push(`${l.id} on ${n.id}`));
    });
    return found;
  }, null);
}

describeWithService(browserGate(), 'Explorer second pass in Chromium', () => {
  const suite = useExplorerSuite();

  describe('2. search finds quotes, not only names', () => {
    suite.scenario(
      "typing 'king' offers Delangue's quote under the entity hits; choosing it selects the claim, its speaker and the sentence",
      'search-quote',
      async () => {
        const explorer = await suite.openPage();
        await explorer.open();
        const search = explorer.page.getByRole('combobox', { name: 'Search', exact: true });
        await search.click();
        await search.fill('king');
        const quotes = explorer.page.getByRole('group', { name: 'Quotes' });
        const quote = quotes.getByRole('option', { name: /Qwen 72B is the king/ });
        await quote.waitFor({ timeout: WAIT_MS });
        await expect(quote.textContent()).resolves.toMatch(/Clement Delangue/);
        await explorer.screenshot('search-quote');
        await quote.click();
        await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), CLEMENT_DELANGUE);
        expect(explorer.searchParams().claim).toBe(KING_CLAIM);
        await explorer
          .details()
          .getByText(/Qwen 72B is the king/)
          .first()
          .waitFor({ timeout: WAIT_MS });
        const mark = explorer.reader().locator(`mark[data-claim-id="${KING_CLAIM}"]`);
        await expect(mark.getAttribute('aria-pressed')).resolves.toBe('true');
      },
    );

    suite.scenario(
      "a question ('who said Qwen 72B is the king') finds the quote first",
      'search-question',
      async () => {
        const explorer = await suite.openPage();
        await explorer.open();
        const search = explorer.page.getByRole('combobox', { name: 'Search', exact: true });
        await search.click();
        await search.fill('who said Qwen 72B is the king');
        const first = explorer.page.getByRole('group', { name: 'Quotes' }).getByRole('option').first();
        await first.waitFor({ timeout: WAIT_MS });
        await expect(first.textContent()).resolves.toMatch(/Qwen 72B is the king/);
      },
    );
  });
  describe('3. the who-said-what flow keeps its place', () => {
    suite.scenario(
      "a claim's 'Show in article' in the node panel scrolls the reader to the quote and keeps it marked",
      'reader-keeps-mark',
      async () => {
        const explorer = await suite.openPage();
        await explorer.open({ search: `?select=${CLEMENT_DELANGUE}` });
        const quote = explorer.details().locator(`figure[data-claim-id="${KING_CLAIM}"]`);
        await quote.getByRole('button', { name: 'Show in article' }).click({ timeout: WAIT_MS });
        const mark = explorer.reader().locator(`mark[data-claim-id="${KING_CLAIM}"]`);
        // Still marked well after the old 1.4 s flash would have faded, and inside the reader's box.
        await explorer.page.waitForTimeout(2000);
        await expect(mark.getAttribute('class')).resolves.toContain('selected');
        const inView = await mark.evaluate((el) => {
          const box = el.closest('[role="tabpanel"]')!.getBoundingClientRect();
          const r = el.getBoundingClientRect();
          return r.top >= box.top && r.bottom <= box.bottom && r.bottom <= window.innerHeight;
        });
        expect(inView).toBe(true);
        await explorer.screenshot('reader-keeps-mark');
      },
    );

    suite.scenario(
      'Who said what is filterable by topic and subject and gives every speaker a colour of their own',
      'who-said-what',
      async () => {
        const explorer = await suite.openPage();
        await explorer.open();
        await explorer.page.getByRole('tab', { name: 'Who said what' }).click();
        const view = explorer.page.getByRole('region', { name: 'Who said what' });
        const swatches = await view
          .locator('h3 .swatch')
          .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
        expect(swatches.length).toBeGreaterThan(5);
        expect(new Set(swatches).size).toBe(swatches.length);
        const total = await view.locator('li').count();
        await view.getByRole('combobox', { name: 'About' }).selectOption({ label: 'Qwen 72B' });
        const filtered = await view.locator('li').count();
        expect(filtered).toBeGreaterThan(0);
        expect(filtered).toBeLessThan(total);
        await view.getByRole('button', { name: /Qwen 72B is the king/ }).click();
        const mark = explorer.reader().locator(`mark[data-claim-id="${KING_CLAIM}"]`);
        await expect(mark.getAttribute('aria-pressed')).resolves.toBe('true');
      },
    );
  });
  describe('4. the path finder explains itself', () => {
    suite.scenario(
      'names typed without picking resolve to the best match; steps read as words and each shows its evidence',
      'path-review',
      async () => {
        const explorer = await suite.openPage({ viewport: { width: 1440, height: 900 } });
        await explorer.open();
        const finder = explorer.page.getByRole('region', { name: 'Find connections' });
        const button = finder.getByRole('button', { name: 'Find path' });
        await expect(button.isDisabled()).resolves.toBe(true);
        await finder.getByText('Type or pick where the path should start.').waitFor({ timeout: WAIT_MS });
        await finder.getByRole('combobox', { name: 'Path from' }).fill('Kai-Fu Lee');
        await finder.getByRole('combobox', { name: 'Path to' }).fill('llama');
        await explorer.page.waitForFunction(() => {
          const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Find path');
          return b && !b.disabled;
        });
        // The suggestions are still open; the reader closes them without picking one.
        await finder.getByRole('heading', { name: 'Find connections' }).click();
        await button.click();
        await explorer.page.getByTestId('path-text').waitFor({ timeout: WAIT_MS });
        await explorer.waitForCy(
          (cy, ids) => ids.every((id) => cy.getElementById(id).hasClass('on-path')),
          [KAI_FU_LEE, LLAMA],
        );
        const steps = finder.getByRole('list', { name: 'Steps' }).first().getByRole('button');
        await expect(steps.allTextContents()).resolves.toEqual([
          'Kai-Fu Lee founded 01.AI',
          '01.AI derived from LLaMA',
        ]);
        await steps.nth(1).click();
        await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), DERIVED_FROM_EDGE);
        await explorer.details().locator('blockquote', { hasText: 'came from LLaMA' }).waitFor({ timeout: WAIT_MS });
        await explorer.waitForGraphStill();
        expect(await pathLabelOverlaps(explorer)).toEqual([]);
        await explorer.screenshot('path-review');
      },
    );

    suite.scenario(
      'no connection within 6 steps, but one through claims: the finder says so and shows it on request',
      'path-through-claims',
      async () => {
        const explorer = await suite.openPage();
        await explorer.open({ search: '?from=jenny-xiao&to=silicon-valley' });
        const finder = explorer.page.getByRole('region', { name: 'Find connections' });
        await finder.getByText('No connection within 6 steps.').waitFor({ timeout: WAIT_MS });
        await finder.getByRole('button', { name: 'Show the path through claims' }).click({ timeout: WAIT_MS });
        await until(explorer, (cy, ids) => ids.every((id) => cy.getElementById(id).hasClass('on-path')), [
          'jenny-xiao',
          'silicon-valley',
        ]);
        expect(explorer.searchParams()).toMatchObject({ via: 'claims' });
        await explorer.waitForGraphStill();
        expect(await pathLabelOverlaps(explorer)).toEqual([]);
      },
    );
  });
  describe('5. getting around', () => {
    suite.scenario(
      'the first view at 1440x900: no label under 11 px on screen, no name cut short',
      'first-view-1440',
      async () => {
        const explorer = await suite.openPage({ viewport: { width: 1440, height: 900 } });
        await explorer.open();
        const labels = await explorer.cyQuery(
          (cy) =>
            cy.nodes(':visible').map((n) => ({
              px: parseFloat(String(n.style('font-size'))) * cy.zoom(),
              cut: n.style('text-wrap') === 'ellipsis',
            })),
          null,
        );
        expect(Math.min(...labels.map((l) => l.px))).toBeGreaterThanOrEqual(11);
        expect(labels.filter((l) => l.cut)).toEqual([]);
        expect(await explorer.overlappingLabels()).toEqual([]);
        await explorer.screenshot('first-view-1440');
      },
    );

    suite.scenario(
      'Back restores the previous selection and Forward the next; the first Back stays in the app',
      'history',
      async () => {
        const explorer = await suite.openPage();
        await explorer.open();
        await explorer.pickFromCombobox({ label: 'Search', text: 'LLaMA', option: /^LLaMA\b/ });
        await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), LLAMA);
        await explorer.pickFromCombobox({ label: 'Search', text: 'Kai-Fu Lee', option: /^Kai-Fu Lee/ });
        await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), KAI_FU_LEE);
        await explorer.page.getByRole('tab', { name: 'Debates' }).click();
        expect(explorer.searchParams()).toMatchObject({ select: KAI_FU_LEE, tab: 'debates' });

        await explorer.page.goBack();
        await explorer.page.getByRole('tab', { name: 'Article', selected: true }).waitFor({ timeout: WAIT_MS });
        await explorer.page.goBack();
        await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), LLAMA);
        await explorer.details().getByRole('heading', { name: 'LLaMA', exact: true }).waitFor({ timeout: WAIT_MS });
        await explorer.page.goForward();
        await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), KAI_FU_LEE);
        expect(new URL(explorer.page.url()).origin).toBe(new URL(explorer.baseUrl).origin);
      },
    );

    suite.scenario(
      'a link restores the open tab; an unknown id to expand leaves no undo step; the same link gives the same layout',
      'deep-link',
      async () => {
        const first = await suite.openPage();
        await first.open({ search: '?tab=who&expand=no-such-entity' });
        await first.page.getByRole('tab', { name: 'Who said what', selected: true }).waitFor({ timeout: WAIT_MS });
        await expect(first.page.getByRole('button', { name: /Undo expand/ }).count()).resolves.toBe(0);

        const positions = async (explorer: ExplorerPage) =>
          explorer.cyQuery(
            (cy) =>
              cy
                .nodes()
                .map((n) => `${n.id()}@${Math.round(n.position().x)},${Math.round(n.position().y)}`)
                .sort(),
            null,
          );
        const a = await suite.openPage();
        await a.open({ search: '?expand=openai' });
        // The replayed expansion is one small request; then the canvas settles.
        await a.page.waitForTimeout(1000);
        await a.waitForGraphStill();
        const b = await suite.openPage();
        await b.open({ search: '?expand=openai' });
        await b.page.waitForTimeout(1000);
        await b.waitForGraphStill();
        expect(await positions(b)).toEqual(await positions(a));
      },
    );

    suite.scenario(
      'Fit to screen after a search shows the whole picture again; focus and hide one node',
      'fit-and-focus',
      async () => {
        const explorer = await suite.openPage();
        await explorer.open();
        const fitted = await explorer.cyQuery((cy) => cy.zoom(), null);
        await explorer.pickFromCombobox({ label: 'Search', text: 'LLaMA', option: /^LLaMA\b/ });
        await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), LLAMA);
        await explorer.waitForGraphStill();
        expect(await explorer.cyQuery((cy) => cy.zoom(), null)).toBeGreaterThan(fitted);
        const view = explorer.page.getByRole('toolbar', { name: 'View' });
        await view.getByRole('button', { name: 'Fit to screen' }).click();
        await explorer.waitForGraphStill();
        const inView = await explorer.cyQuery((cy) => {
          const box = cy.elements(':visible').renderedBoundingBox({});
          return box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1;
        }, null);
        expect(inView).toBe(true);
        await view.getByRole('button', { name: 'Focus' }).click();
        await until(
          explorer,
          (cy, id) =>
            cy.nodes(':visible').filter((n) => n.id() !== id && n.edgesWith(cy.getElementById(id)).empty()).length ===
            0,
          LLAMA,
        );
        await view.getByRole('button', { name: /Show all/ }).click();
        await view.getByRole('button', { name: 'Hide node' }).waitFor({ timeout: WAIT_MS });
      },
    );

    suite.scenario(
      'after a server restart the API banner clears by itself',
      'banner-clears',
      async () => {
        const explorer = await suite.openPage();
        await explorer.open();
        const alert = explorer.page.getByRole('alert').filter({ hasText: 'API unreachable' });
        const search = explorer.page.getByRole('combobox', { name: 'Search', exact: true });
        await suite.harness().stopServer();
        try {
          await search.click();
          await search.fill('Qwen');
          await alert.waitFor({ timeout: WAIT_MS });
          // The search list says nothing over the banner: the banner speaks for the outage.
          await expect(explorer.page.getByText(/Search failed/).count()).resolves.toBe(0);
        } finally {
          await suite.harness().restartServer();
        }
        await alert.waitFor({ state: 'detached', timeout: WAIT_MS });
      },
      { expectConsoleErrors: true },
    );
  });
});
