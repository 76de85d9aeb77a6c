/**
 * What a first-time user tripped over (the explorer's second pass), one describe per section of
 * the issue: search finds quotes (2), the who-said-what flow keeps its place (3), the path finder
 * explains itself (4), getting around (5). Ids come from seed/sources/ai-race-article/*.yaml.
 */
import { browserGate, describeWithService } from '../support/service-gates';
import { useExplorerSuite } from './support/explorer-suite';
import { WAIT_MS } from './support/explorer-page';

const KING_CLAIM = 'delangue-qwen-72b-is-the-king';
const CLEMENT_DELANGUE = 'clement-delangue';

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
        await explorer.details().getByText(/Qwen 72B is the king/).first().waitFor({ timeout: WAIT_MS });
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
        const swatches = await view.locator('h3 .swatch').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
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
});
