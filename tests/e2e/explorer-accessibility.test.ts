/**
 * Keyboard, screen readers, phone: the canvas is walked with arrow keys (neighbour to
 * neighbour), the list view selects nodes, the reader's highlights are one tab stop with arrows
 * inside, every control has an accessible name, and a phone's hints speak of tapping.
 */
import { browserGate, describeWithService } from '../support/service-gates';
import { WAIT_MS } from './support/explorer-page';
import { useExplorerSuite } from './support/explorer-suite';

const PHONE = { width: 390, height: 844 };

describeWithService(browserGate(), 'Explorer in Chromium: keyboard, screen readers, phone', () => {
  const suite = useExplorerSuite();

  suite.scenario(
    'arrow keys walk the canvas from neighbour to neighbour; Enter expands',
    'keyboard-canvas',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open();
      const canvas = explorer.page.getByRole('application', { name: /^Graph of \d+ nodes/ });
      await canvas.focus();
      await explorer.page.keyboard.press('ArrowRight');
      await explorer.waitForCy((cy) => cy.nodes(':selected').length === 1, null);
      const visited = [(await explorer.selectedIds())[0]];
      for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown']) {
        await explorer.page.keyboard.press(key);
        const now = (await explorer.selectedIds())[0];
        if (now === visited[visited.length - 1]) continue; // nothing that way: the selection stays
        const joined = await explorer.cyQuery(
          (cy, [a, b]) =>
            cy
              .getElementById(a)
              .neighborhood()
              .nodes()
              .map((n) => n.id())
              .includes(b),
          [visited[visited.length - 1], now],
        );
        expect(joined).toBe(true);
        visited.push(now);
      }
      expect(visited.length).toBeGreaterThan(2);
      // The details panel follows the keyboard's selection.
      await explorer.details().getByRole('heading', { level: 2 }).first().waitFor({ timeout: WAIT_MS });
      // Enter expands: it asks for the node's neighbourhood. (Whether that adds an undo step depends on
      // whether the neighbours were drawn already: an expansion that adds nothing records none.)
      const before = await explorer.cyQuery((cy) => cy.nodes().length, null);
      const asked = explorer.page.waitForRequest(
        (request) => request.url().endsWith('/graphql') && /neighbourhood\(/i.test(request.postData() ?? ''),
        { timeout: WAIT_MS },
      );
      await explorer.page.keyboard.press('Enter');
      const request = await asked;
      expect(request.postData()).toContain(visited[visited.length - 1]);
      expect(await explorer.cyQuery((cy) => cy.nodes().length, null)).toBeGreaterThanOrEqual(before);
    },
  );

  suite.scenario('the list view of the graph moves the selection', 'list-view', async () => {
    const explorer = await suite.openPage();
    await explorer.open();
    const page = explorer.page;
    const drawn = await explorer.cyQuery((cy) => cy.nodes(':visible').length, null);
    await page.getByText(`List view of the graph (${drawn} nodes)`).click();
    const list = page.getByRole('list', { name: 'Nodes in the graph' });
    await expect(list.getByRole('button').count()).resolves.toBe(drawn);
    const lee = list.getByRole('button', { name: /^Kai-Fu Lee, Person, \d+ links?$/ });
    await lee.focus();
    await page.keyboard.press('Enter');
    await explorer.waitForCy(
      (cy) =>
        cy
          .$(':selected')
          .map((e) => e.id())
          .join() === 'kai-fu-lee',
      null,
    );
    await expect(lee.getAttribute('aria-pressed')).resolves.toBe('true');
  });

  suite.scenario('the reader is one tab stop; arrows move between highlights', 'reader-roving', async () => {
    const explorer = await suite.openPage();
    await explorer.open();
    const page = explorer.page;
    const marks = explorer.reader().locator('mark[data-claim-id]');
    await marks.first().waitFor({ timeout: WAIT_MS });
    expect(await marks.count()).toBeGreaterThan(30);
    await expect(explorer.reader().locator('mark[tabindex="0"]').count()).resolves.toBe(1);
    await marks.first().focus();
    await page.keyboard.press('ArrowRight');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-claim-id') ?? null);
    expect(await focused()).toBe(await marks.nth(1).getAttribute('data-claim-id'));
    await page.keyboard.press('End');
    expect(await focused()).toBe(await marks.last().getAttribute('data-claim-id'));
    await page.keyboard.press('Home');
    expect(await focused()).toBe(await marks.first().getAttribute('data-claim-id'));
    // Tab leaves the article in one step, not 40.
    await page.keyboard.press('Tab');
    expect(await focused()).toBeNull();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    const first = await marks.first().getAttribute('data-claim-id');
    await explorer
      .reader()
      .locator(`mark[data-claim-id="${first}"][aria-pressed="true"]`)
      .waitFor({ timeout: WAIT_MS });
    expect(explorer.searchParams().claim).toBe(first);
  });

  suite.scenario('every control has an accessible name', 'accessible-names', async () => {
    const explorer = await suite.openPage();
    await explorer.open();
    await explorer.clickNode('kai-fu-lee');
    await explorer.details().getByRole('heading', { level: 2 }).first().waitFor({ timeout: WAIT_MS });
    const nameless: string[] = [];
    for (const tab of ['Article', 'Who said what', 'Debates', 'Disputes', 'Numbers']) {
      await explorer.page.getByRole('tab', { name: tab }).click();
      await explorer.page.waitForTimeout(300);
      nameless.push(
        ...(await explorer.page.evaluate(() => {
          const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
          const nameOf = (el: HTMLElement) => {
            const labelledBy = el.getAttribute('aria-labelledby');
            const byIds = labelledBy
              ? labelledBy
                  .split(' ')
                  .map((id) => text(document.getElementById(id)))
                  .join(' ')
              : '';
            const labels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map(text).join(' ') : '';
            return (
              (el.getAttribute('aria-label') ?? '').trim() ||
              byIds.trim() ||
              labels.trim() ||
              text(el) ||
              (el.getAttribute('title') ?? '').trim()
            );
          };
          const controls = [
            ...document.querySelectorAll<HTMLElement>(
              'button, a[href], input, select, textarea, [role="button"], [role="tab"], [tabindex="0"]',
            ),
          ];
          return controls
            .filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden]'))
            .filter((el) => nameOf(el) === '' && !(el instanceof HTMLInputElement && el.type === 'hidden'))
            .map((el) => el.outerHTML.slice(0, 120));
        })),
      );
    }
    expect(nameless).toEqual([]);
  });

  suite.scenario('on a phone the hints say tap, not double-click or "Press /"', 'phone-view', async () => {
    const explorer = await suite.openPage({ viewport: PHONE, touch: true });
    await explorer.open();
    const hint = explorer.details().locator('.hint');
    await hint.waitFor({ timeout: WAIT_MS });
    const text = (await hint.textContent()) ?? '';
    expect(text).toMatch(/Tap a node/);
    expect(text).toMatch(/Double-tap/);
    expect(text).not.toMatch(/click|Press/i);
    const placeholder = await explorer.page
      .getByRole('combobox', { name: 'Search', exact: true })
      .getAttribute('placeholder');
    expect(placeholder).not.toContain('/');
    await explorer.screenshot('phone-view');
  });
});
