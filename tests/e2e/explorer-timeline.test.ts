/**
 * The timeline strip and the support drawing in a real Chromium. The article has no publication date, so
 * only two claims carry an ISO date: "by 2030" (the author on China's plan, about the Chinese government
 * and China) and "from 2014 to 2023" (the UN's patent count, about China). Picking 2030 must leave only
 * that claim's speaker and subjects on the canvas; extending to 2014 adds the UN; "Show all time" restores
 * the graph. Ids come from seed/sources/ai-race-article/*.yaml.
 */
import { browserGate, describeWithService } from '../support/service-gates';
import { useExplorerSuite } from './support/explorer-suite';
import { WAIT_MS } from './support/explorer-page';
import { SUITE_SEED } from './support/explorer-harness';

const AUTHOR = 'ai-race-article-author';
const PLAN_2030 = ['china-aims-to-lead-ai-by-2030', AUTHOR, 'chinese-government', 'china'];
const UN = 'un';
/**
 * On the two-source seed the test note (published 2024-09) dates its four claims 2024: the range
 * 2014–2030 also takes them, their speakers and their subjects.
 */
const NOTE_2024 = ['mira-okafor', 'open-weights-note-author', 'hugging-face', 'qwen', 'us', 'china'];
const RANGE_CLAIMS = SUITE_SEED === 'two-source' ? 6 : 2;
const RANGE_NODES = [
  ...PLAN_2030,
  UN,
  'un-china-filed-over-38000-genai-patents',
  ...(SUITE_SEED === 'two-source' ? NOTE_2024 : []),
];
const SELF_INTERESTED_EDGE = 'sensenova-5-5--OUTPERFORMS--gpt-4o';

describeWithService(browserGate(), 'Explorer in Chromium: timeline and support', () => {
  const suite = useExplorerSuite();

  suite.scenario(
    'picking a year on the timeline strip filters the graph to that period',
    'timeline-filter',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open();
      const visibleNodeIds = () =>
        explorer.cyQuery(
          (cy) =>
            cy
              .nodes()
              .filter((n) => n.visible())
              .map((n) => n.id())
              .sort(),
          null,
        );
      const before = await visibleNodeIds();
      expect(before.length).toBeGreaterThan(10);
      expect(before).toEqual(expect.arrayContaining(['china', UN]));

      const strip = explorer.page.getByRole('region', { name: 'Timeline' });
      const year2030 = strip.getByRole('button', { name: /^2030/ });
      await year2030.waitFor({ timeout: WAIT_MS });
      await expect(strip.textContent()).resolves.toMatch(/undated/);
      await year2030.click();
      await strip.getByText('Graph filtered to 2030: 1 claim.').waitFor({ timeout: WAIT_MS });
      await explorer.waitForCy((cy) => cy.nodes().filter((n) => n.visible()).length < 10, null);
      const in2030 = await visibleNodeIds();
      expect(in2030.length).toBeGreaterThan(0);
      expect(in2030.every((id) => PLAN_2030.includes(id))).toBe(true);
      expect(in2030).toContain('china');
      expect(in2030).not.toContain(UN);
      await explorer.screenshot('timeline-2030');

      // Shift-click extends the period back to 2014: the UN's patent claim joins.
      await strip.getByRole('button', { name: /^2014/ }).click({ modifiers: ['Shift'] });
      await strip.getByText(`Graph filtered to 2014–2030: ${RANGE_CLAIMS} claims.`).waitFor({ timeout: WAIT_MS });
      await explorer.waitForCy((cy, id) => cy.getElementById(id).visible(), UN);
      const range = await visibleNodeIds();
      expect(range.filter((id) => !RANGE_NODES.includes(id))).toEqual([]);

      await strip.getByRole('button', { name: 'Show all time' }).click();
      await explorer.waitForCy((cy, n) => cy.nodes().filter((node) => node.visible()).length === n, before.length);
      await expect(visibleNodeIds()).resolves.toEqual(before);
    },
  );

  suite.scenario(
    'a fact asserted only by its self-interested maker is drawn dashed, and the legend says so',
    'support-edges',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open();
      await explorer.waitForCy((cy, id) => cy.getElementById(id).hasClass('support-self-only'), SELF_INTERESTED_EDGE);
      const style = await explorer.cyQuery((cy, id) => cy.getElementById(id).style('line-style'), SELF_INTERESTED_EDGE);
      expect(style).toBe('dashed');
      // The author's lone assertion is plain: one independent speaker.
      await expect(explorer.idsWithClass('support-self-only')).resolves.not.toContain('01-ai--DERIVED_FROM--llama');
      const legend = explorer.page.getByRole('list', { name: 'Edges by support' });
      await expect(legend.textContent()).resolves.toContain('asserted only by self-interested speakers');
    },
  );
});
