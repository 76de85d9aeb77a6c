/**
 * Direct interaction with the explorer: clicking nodes and the empty canvas, driving search
 * from the keyboard alone, and jumping from an edge's evidence to its sentence in the article.
 */
import { browserGate, describeWithService } from '../support/service-gates';
import { useExplorerSuite } from './support/explorer-suite';
import { WAIT_MS } from './support/explorer-page';

const KAI_FU_LEE = 'kai-fu-lee';
const DERIVED_FROM_EDGE = '01-ai--DERIVED_FROM--llama';
const CAME_FROM_LLAMA_CLAIM = '01-ai-technology-came-from-llama';

describeWithService(browserGate(), 'Explorer in Chromium: clicks and keys', () => {
  const suite = useExplorerSuite();

  suite.scenario(
    'clicking a node selects it and shows its details; clicking empty canvas clears the selection',
    'click-node-then-background',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open();
      await explorer.clickNode(KAI_FU_LEE);

      await explorer.details().getByRole('heading', { name: 'Kai-Fu Lee', exact: true }).waitFor({ timeout: WAIT_MS });
      expect(await explorer.selectedIds()).toEqual([KAI_FU_LEE]);
      expect(explorer.searchParams()).toMatchObject({ select: KAI_FU_LEE });
      await explorer.screenshot('click-node');

      await explorer.clickBackground();
      await explorer.waitForCy((cy) => cy.$(':selected').empty(), null);
      await explorer
        .details()
        .getByRole('heading', { name: 'Kai-Fu Lee', exact: true })
        .waitFor({ state: 'detached', timeout: WAIT_MS });
      expect(explorer.searchParams()).not.toHaveProperty('select');
      await explorer.screenshot('click-node-then-background');
    },
  );

  suite.scenario(
    'hiding a type in the legend hides its nodes and edges without moving anything; showing it brings them back in place',
    'hide-type-keeps-positions',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open();
      const positions = () =>
        explorer.cyQuery((cy) => Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }])), null);
      const before = await positions();
      const places = await explorer.cyQuery((cy) => cy.nodes('[type = "Place"]').map((n) => n.id()), null);
      expect(places.length).toBeGreaterThan(0);

      await explorer.page.getByRole('button', { name: /^Place\b/ }).click();
      await explorer.waitForCy((cy) => cy.nodes('[type = "Place"]:visible').empty(), null);
      await explorer.waitForGraphStill();
      expect(explorer.searchParams()).toMatchObject({ hide: 'Place' });
      // Still there (hidden), edges to them hidden too, and nobody moved.
      const hidden = await explorer.cyQuery(
        (cy) => ({
          places: cy.nodes('[type = "Place"]').length,
          visibleEdgesToPlaces: cy.nodes('[type = "Place"]').connectedEdges(':visible').length,
        }),
        null,
      );
      expect(hidden).toEqual({ places: places.length, visibleEdgesToPlaces: 0 });
      expect(await positions()).toEqual(before);
      await explorer.screenshot('hide-type-keeps-positions');

      await explorer.page.getByRole('button', { name: /^Place\b/ }).click();
      await explorer.waitForCy((cy) => cy.nodes('[type = "Place"]:hidden').empty(), null);
      await explorer.waitForGraphStill();
      expect(await positions()).toEqual(before);
    },
  );

  suite.scenario(
    'search works from the keyboard alone: "/" focuses it, Enter picks, Escape closes',
    'keyboard-search',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open();
      const { keyboard } = explorer.page;
      const search = explorer.page.getByRole('combobox', { name: 'Search', exact: true });
      const results = explorer.page.getByRole('listbox', { name: 'Search results' });

      await keyboard.press('/');
      await expect(search.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await keyboard.type('llama');
      await results.getByRole('option').first().waitFor({ timeout: WAIT_MS });
      await keyboard.press('Escape');
      await results.waitFor({ state: 'detached', timeout: WAIT_MS });

      await search.fill('');
      await keyboard.type('Kai-Fu Lee');
      const first = results.getByRole('option').first();
      await first.waitFor({ timeout: WAIT_MS });
      expect(await first.textContent()).toMatch(/^Kai-Fu Lee/);
      await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
      await keyboard.press('Enter');

      await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), KAI_FU_LEE);
      await explorer.details().getByRole('heading', { name: 'Kai-Fu Lee', exact: true }).waitFor({ timeout: WAIT_MS });
      await explorer.screenshot('keyboard-search');
    },
  );

  suite.scenario(
    '"Show in article" on an edge\'s evidence brings its sentence into view in the reader',
    'show-in-article',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open({ search: `?edge=${encodeURIComponent(DERIVED_FROM_EDGE)}` });
      const evidence = explorer.details().locator('figure', { hasText: 'came from LLaMA' });
      await evidence.getByRole('button', { name: 'Show in article', exact: true }).click({ timeout: WAIT_MS });

      const mark = explorer.reader().locator(`mark[data-claim-id="${CAME_FROM_LLAMA_CLAIM}"]`);
      await explorer.page.waitForFunction(
        (claimId) => {
          const el = document.querySelector(`mark[data-claim-id="${claimId}"]`);
          if (!el) return false;
          const r = el.getBoundingClientRect();
          // Marked (and kept marked) rather than flashed: see explorer-second-pass.test.ts.
          return r.top >= 0 && r.bottom <= window.innerHeight && el.classList.contains('selected');
        },
        CAME_FROM_LLAMA_CLAIM,
        { timeout: WAIT_MS },
      );
      expect(await mark.textContent()).toContain('came from LLaMA');
      await explorer.screenshot('show-in-article');
    },
  );
});
