/**
 * More than one source, on the two-source fixture seed (tests/e2e/fixtures/two-source-seed: the
 * article plus a short note whose person, Mira Okafor, works at Hugging Face and talks about
 * Qwen). Her claims show in the panels with their source named, "Show in article" opens the
 * note at the quote, and the reader's picker switches between the two.
 */
import { browserGate, describeWithService } from '../support/service-gates';
import { TWO_SOURCE_SEED_DIR } from './support/explorer-harness';
import { WAIT_MS } from './support/explorer-page';
import { useExplorerSuite } from './support/explorer-suite';

const OKAFOR = 'mira-okafor';
const NOTE = 'open-weights-note';
const NOTE_TITLE = 'Test fixture: a note on open weights';
const ARTICLE_TITLE = /China’s AI race/;
const DOWNLOADS_CLAIM = 'okafor-qwen-downloads-40-million';
const WORKS_AT = 'mira-okafor--WORKS_AT--hugging-face';

describeWithService(browserGate(), 'Explorer in Chromium: two sources', () => {
  const suite = useExplorerSuite({ seedDir: TWO_SOURCE_SEED_DIR });

  suite.scenario(
    '"Show in article" opens the claim\'s own source at its quote; the picker switches back',
    'two-sources-reader',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open();
      // The note's person is drawn, joined to the first article's Hugging Face.
      await explorer.waitForCy((cy, id) => cy.getElementById(id).nonempty(), WORKS_AT);
      const reader = explorer.reader();
      await expect(reader.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(ARTICLE_TITLE);

      await explorer.clickNode(OKAFOR);
      const said = explorer.details().getByRole('region', { name: 'Claims by' });
      const quote = said.locator(`figure[data-claim-id="${DOWNLOADS_CLAIM}"]`);
      await quote.waitFor({ timeout: WAIT_MS });
      await expect(quote.locator('.claim-source').textContent()).resolves.toBe(NOTE_TITLE);
      await quote.getByRole('button', { name: 'Show in article' }).click();

      await reader.getByRole('heading', { level: 2, name: NOTE_TITLE }).waitFor({ timeout: WAIT_MS });
      const mark = reader.locator(`mark[data-claim-id="${DOWNLOADS_CLAIM}"]`);
      await mark.waitFor({ state: 'visible', timeout: WAIT_MS });
      await expect(mark.textContent()).resolves.toMatch(/^Okafor said Qwen models were downloaded 40 million/);
      const picker = reader.getByRole('combobox', { name: 'Source shown in the reader' });
      await expect(picker.inputValue()).resolves.toBe(NOTE);
      await explorer.screenshot('two-sources-reader');

      await picker.selectOption('ai-race-article');
      await reader.getByRole('heading', { level: 2, name: ARTICLE_TITLE }).waitFor({ timeout: WAIT_MS });
      await expect(reader.locator('mark').count()).resolves.toBeGreaterThan(30);
      // A claim of the first article, from the panel, brings its own article back.
      await picker.selectOption(NOTE);
      await reader.getByRole('heading', { level: 2, name: NOTE_TITLE }).waitFor({ timeout: WAIT_MS });
    },
  );

  suite.scenario(
    'Who said what, Debates, edge evidence and Numbers name the source of each claim',
    'two-sources-views',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open();
      const page = explorer.page;

      await page.getByRole('tab', { name: 'Who said what' }).click();
      const who = page.getByRole('region', { name: 'Who said what' });
      const okafor = who.locator('.speaker-group', {
        has: page.getByRole('button', { name: 'Mira Okafor', exact: true }),
      });
      await okafor.waitFor({ timeout: WAIT_MS });
      await expect(okafor.locator('.claim-source').allTextContents()).resolves.toEqual([
        NOTE_TITLE,
        NOTE_TITLE,
        NOTE_TITLE,
      ]);
      const author = who.locator('.speaker-group').first();
      await expect(author.locator('.claim-source').first().textContent()).resolves.toMatch(ARTICLE_TITLE);

      await page.getByRole('tab', { name: 'Debates' }).click();
      const debates = page.getByRole('region', { name: 'Debates' });
      const usLeads = debates.locator('figure', { hasText: 'the US still leads in frontier model training' });
      await usLeads.waitFor({ timeout: WAIT_MS });
      await expect(usLeads.locator('.claim-source').textContent()).resolves.toBe(NOTE_TITLE);

      await explorer.clickEdge(WORKS_AT);
      const evidence = explorer.details().locator('figure.claim-quote');
      await evidence.first().waitFor({ timeout: WAIT_MS });
      await expect(evidence.locator('.claim-source').allTextContents()).resolves.toEqual([NOTE_TITLE]);

      await page.getByRole('tab', { name: 'Numbers' }).click();
      const chart = page.getByRole('region', { name: 'Numbers' }).getByRole('figure', { name: /test note/ });
      await chart.waitFor({ timeout: WAIT_MS });
      await expect(chart.locator('.claim-source').textContent()).resolves.toBe(NOTE_TITLE);
    },
  );
});
