/**
 * Curation in a real Chromium, on a writable copy of the repository seed: type the token, paste a
 * fixture article, Propose, fix one speaker, add a claim the extractor missed, Save; the new speaker is
 * in Who said what, and still there after a reload. Also: without a token no write control shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { browserGate, describeWithService } from '../support/service-gates';
import { useExplorerSuite } from './support/explorer-suite';
import { WAIT_MS } from './support/explorer-page';

const TOKEN = 'e2e-curator-token-0123456789';
const ARTICLE = readFileSync(path.join(__dirname, 'fixtures', 'curation-article.txt'), 'utf8');
const MISSED = 'Analysts were less certain.';

describeWithService(browserGate(), 'Explorer in Chromium: adding a source', () => {
  const suite = useExplorerSuite({ writable: { tokens: `e2e:${TOKEN}` } });

  suite.scenario(
    'paste, propose, fix a speaker, add a missed claim, save, find the new speaker in Who said what',
    'add-source',
    async () => {
      const explorer = await suite.openPage();
      const { page } = explorer;
      await explorer.open();
      // No token: no write control.
      await expect(page.getByRole('button', { name: 'Add source', exact: true }).count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'Curate…' }).click();
      await page.getByRole('textbox', { name: 'Write token' }).fill(TOKEN);
      await page.getByRole('button', { name: 'Use token', exact: true }).click();
      await page.getByRole('button', { name: 'Add source', exact: true }).click();

      const screen = page.getByRole('dialog', { name: 'Add source' });
      await screen.getByLabel('Title').fill('Robotics startups court Beijing investors');
      await screen.getByLabel('Author').fill('Mara Lind');
      await screen.getByLabel('Published').fill('2025-03-03');
      await screen.getByLabel('Text').fill(ARTICLE);
      await explorer.screenshot('add-source');
      await screen.getByRole('button', { name: 'Propose', exact: true }).click();

      const review = page.getByRole('dialog', { name: 'Review the proposed source' });
      await review.getByTestId('draft-text').waitFor({ timeout: WAIT_MS });
      const claimRow = (text: string) => review.locator('tr.claim-row', { hasText: text });
      await claimRow('second factory').waitFor({ timeout: WAIT_MS });
      // The extractor gave the factory plan to the author; the company says it (in a filing).
      await claimRow('second factory')
        .getByLabel(/^Speaker of/)
        .selectOption({ label: 'Orbit Dynamics' });
      await claimRow('second factory').getByLabel('accept').check();
      // A claim the extractor missed: select its words in the text.
      await page.evaluate((words) => {
        const container = document.querySelector('[data-testid="draft-text"]')!;
        const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(words);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + words.length);
          window.getSelection()!.removeAllRanges();
          window.getSelection()!.addRange(range);
          return;
        }
        throw new Error(`"${words}" is not one text node of the draft`);
      }, MISSED);
      await review.getByRole('button', { name: 'Add claim from selection' }).click();
      await claimRow(MISSED)
        .getByLabel(/^Subjects of/)
        .selectOption(['pathfinder']);
      await expect(review.locator('mark.hl-claim', { hasText: MISSED }).count()).resolves.toBe(1);
      await explorer.screenshot('review-draft');

      await review.getByRole('button', { name: 'Save', exact: true }).click();
      await page.waitForURL(/#source=robotics-startups-court-beijing-investors$/, { timeout: WAIT_MS });
      await explorer.waitForGraphReady();

      const findInWhoSaid = async () => {
        await page.getByRole('tab', { name: 'Who said what' }).click();
        const whoSaid = page.getByRole('region', { name: 'Who said what' });
        await whoSaid.getByRole('button', { name: 'Orbit Dynamics', exact: true }).waitFor({ timeout: WAIT_MS });
        await whoSaid.getByRole('button', { name: MISSED }).waitFor({ timeout: WAIT_MS });
      };
      await findInWhoSaid();
      // Claims left proposed are drawn distinctly, and the legend says so.
      await page.getByRole('list', { name: 'Proposed records' }).waitFor({ timeout: WAIT_MS });
      await explorer.screenshot('saved-source');
      // The reader shows the new source's text.
      await page.getByRole('tab', { name: 'Article' }).click();
      await page
        .getByText('Hangzhou-based Orbit Dynamics unveiled', { exact: false })
        .first()
        .waitFor({ timeout: WAIT_MS });

      await page.reload({ waitUntil: 'domcontentloaded' });
      await explorer.waitForGraphReady();
      await findInWhoSaid();
    },
  );
});
