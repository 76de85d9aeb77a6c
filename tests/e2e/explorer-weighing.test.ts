/**
 * Weighing the claims in a real Chromium: a SenseTime claim about its own model carries the
 * self-interest badge naming the DEVELOPED edge, and the Disputes tab puts Delangue and Schmidt side
 * by side with their quotes. Ids come from seed/sources/ai-race-article/*.yaml.
 */
import { browserGate, describeWithService } from '../support/service-gates';
import { useExplorerSuite } from './support/explorer-suite';
import { WAIT_MS } from './support/explorer-page';

const SENSETIME_CLAIM = 'sensenova-5-5-superior-to-gpt-4o';
const OUTSIDER_CLAIM = 'delangue-qwen-72b-is-the-king';

describeWithService(browserGate(), 'Explorer in Chromium: weighing the claims', () => {
  const suite = useExplorerSuite();

  suite.scenario(
    'a self-interested claim shows the badge with the edge that makes it so',
    'interest-badge',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open({ search: `?claim=${SENSETIME_CLAIM}` });
      const details = explorer.page.getByRole('complementary', { name: 'Details' });
      const badge = details.getByTestId('interest-badge');
      await badge.waitFor({ timeout: WAIT_MS });
      await expect(badge.textContent()).resolves.toBe('Self-interested because SenseTime developed SenseNova 5.5');
      await explorer.screenshot('interest-badge');

      // An outsider's claim has no badge.
      await explorer.open({ search: `?claim=${OUTSIDER_CLAIM}` });
      await details
        .getByText('Qwen 72B is the king, and Chinese open models are dominating overall.')
        .first()
        .waitFor({ timeout: WAIT_MS });
      await expect(details.getByTestId('interest-badge').count()).resolves.toBe(0);
    },
  );

  suite.scenario(
    'the Disputes tab lists Schmidt against Delangue side by side, with both quotes',
    'disputes-view',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open();
      await explorer.page.getByRole('tab', { name: 'Disputes' }).click();
      // Delangue and Schmidt meet twice; the pair with the most speakers comes first.
      const first = explorer.page.locator('.disputes .dispute').first();
      await first.waitFor({ timeout: WAIT_MS });
      await expect(first.getAttribute('aria-label')).resolves.toBe('Clement Delangue vs Eric Schmidt');
      await expect(first.textContent()).resolves.toContain('Qwen 72B is the king');
      await expect(first.textContent()).resolves.toContain('contradicts · opposite stances · 5 speakers');
      // Kai-Fu Lee's "catching up" claims meet Schmidt too.
      const withLee = explorer.page.getByRole('article', { name: 'Kai-Fu Lee vs Eric Schmidt' });
      await expect(withLee.count()).resolves.toBeGreaterThanOrEqual(3);
      // Side by side: the two quotes sit next to each other, not one under the other.
      const boxes = await first
        .locator('.dispute-side')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
      expect(boxes).toHaveLength(2);
      expect(boxes[1]!).toBeGreaterThan(boxes[0]!);
      await explorer.screenshot('disputes-view');
    },
  );
});
