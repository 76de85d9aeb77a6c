/**
 * The camera and the person's own cut of the picture (issue 13, section 5, second round):
 * searching frames the node with its neighbours instead of leaving the view stuck zoomed in;
 * focus mode and hidden nodes live in the link and in Back/Forward; the view toolbar never
 * covers a node. Runs on both seeds (jest projects e2e and e2e-two-source); the ids are the
 * article's, which the two-source fixture contains too.
 */
import { browserGate, describeWithService } from '../support/service-gates';
import { useExplorerSuite } from './support/explorer-suite';
import { WAIT_MS, type ExplorerPage, type Viewport } from './support/explorer-page';

const LLAMA = 'llama';
const ZERO_ONE_AI = '01-ai';
const CHINA = 'china';
const DESKTOP_1440: Viewport = { width: 1440, height: 900 };
const PHONE: Viewport = { width: 390, height: 844 };
/** readable-view.ts: MAX_FOCUS_ZOOM and MIN_LABEL_PX. */
const MAX_FOCUS_ZOOM = 1;
const MIN_LABEL_PX = 11;

/** Ids of the nodes drawn now (not hidden by type, focus or "Hide node"), sorted. */
const drawnIds = (explorer: ExplorerPage) =>
  explorer.cyQuery(
    (cy) =>
      cy
        .nodes()
        .filter((n) => n.visible())
        .map((n) => n.id())
        .sort(),
    null,
  );

async function waitForParam(explorer: ExplorerPage, name: string, value: string | null): Promise<void> {
  await explorer.page.waitForURL((url) => url.searchParams.get(name) === value, { timeout: WAIT_MS });
}

describeWithService(browserGate(), 'Explorer in Chromium: camera, focus and hidden nodes', () => {
  const suite = useExplorerSuite();

  suite.scenario(
    'choosing a search hit frames the node with its neighbours, readable and never stuck zoomed in',
    'search-frames-neighbours',
    async () => {
      const explorer = await suite.openPage({ viewport: DESKTOP_1440 });
      await explorer.open();
      await explorer.pickFromCombobox({ label: 'Search', text: 'China', option: /^China\b/ });
      await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), CHINA);
      await explorer.waitForGraphStill();
      await explorer.screenshot('search-frames-neighbours');
      const view = await explorer.cyQuery((cy, id) => {
        const node = cy.getElementById(id);
        const inside = (n: { renderedPosition: () => { x: number; y: number } }) => {
          const p = n.renderedPosition();
          return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
        };
        return {
          zoom: cy.zoom(),
          labelPx: parseFloat(String(node.style('font-size'))) * cy.zoom(),
          neighbours: node.neighborhood().nodes(':visible').length,
          offScreen: node
            .closedNeighborhood()
            .nodes(':visible')
            .filter((n) => !inside(n))
            .map((n) => n.id()),
        };
      }, CHINA);
      expect(view.neighbours).toBeGreaterThan(5);
      // China and every one of its neighbours on screen, labels readable, and no closer than needed.
      expect(view.offScreen).toEqual([]);
      expect(view.zoom).toBeLessThanOrEqual(MAX_FOCUS_ZOOM);
      expect(view.labelPx).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);

      // A second search from there does not zoom further in than the cap either.
      await explorer.pickFromCombobox({ label: 'Search', text: 'LLaMA', option: /^LLaMA\b/ });
      await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), LLAMA);
      await explorer.waitForGraphStill();
      const llama = await explorer.cyQuery(
        (cy, id) => ({
          zoom: cy.zoom(),
          offScreen: cy
            .getElementById(id)
            .closedNeighborhood()
            .nodes(':visible')
            .filter((n) => {
              const p = n.renderedPosition();
              return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
            })
            .map((n) => n.id()),
        }),
        LLAMA,
      );
      expect(llama.offScreen).toEqual([]);
      expect(llama.zoom).toBeLessThanOrEqual(MAX_FOCUS_ZOOM);
    },
  );

  suite.scenario(
    'focus on a node and hide another: a reload of the link shows the same view, Back undoes each step',
    'focus-hide-link',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open({ search: `?select=${LLAMA}` });
      await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), LLAMA);
      const everything = await drawnIds(explorer);
      const view = explorer.page.getByRole('toolbar', { name: 'View' });

      await view.getByRole('button', { name: 'Focus' }).click();
      await waitForParam(explorer, 'focus', LLAMA);
      await explorer.waitForCy((cy, n) => cy.nodes().filter((node) => node.visible()).length < n, everything.length);
      await explorer.waitForGraphStill();
      const focused = await drawnIds(explorer);
      const neighbourhood = await explorer.cyQuery(
        (cy, id) =>
          cy
            .getElementById(id)
            .closedNeighborhood()
            .nodes()
            .map((n) => n.id())
            .sort(),
        LLAMA,
      );
      expect(focused).toEqual(neighbourhood);
      expect(focused).toContain(ZERO_ONE_AI);

      await explorer.clickNode(ZERO_ONE_AI);
      await view.getByRole('button', { name: 'Hide node' }).click();
      await waitForParam(explorer, 'hideNode', ZERO_ONE_AI);
      await explorer.waitForCy((cy, id) => !cy.getElementById(id).visible(), ZERO_ONE_AI);
      const cut = await drawnIds(explorer);
      expect(cut).toEqual(focused.filter((id) => id !== ZERO_ONE_AI));
      expect(explorer.searchParams()).toMatchObject({ focus: LLAMA, hideNode: ZERO_ONE_AI });
      await explorer.screenshot('focus-hide-link');

      // The copied link, opened afresh, shows the same cut.
      const copy = await suite.openPage();
      await copy.open({ search: new URL(explorer.page.url()).search });
      await copy.waitForCy((cy, n) => cy.nodes().filter((node) => node.visible()).length === n, cut.length);
      await expect(drawnIds(copy)).resolves.toEqual(cut);
      await copy.page
        .getByRole('toolbar', { name: 'View' })
        .getByRole('button', { name: /Show all/ })
        .waitFor();

      // Back: 01.AI comes back (still in focus mode, 01.AI selected again)...
      await explorer.page.goBack();
      await waitForParam(explorer, 'hideNode', null);
      await explorer.waitForCy((cy, id) => cy.getElementById(id).visible(), ZERO_ONE_AI);
      await expect(drawnIds(explorer)).resolves.toEqual(focused);
      expect(explorer.searchParams()).toMatchObject({ focus: LLAMA, select: ZERO_ONE_AI });
      // ...then LLaMA selected in focus mode, then the whole picture before the focus.
      await explorer.page.goBack();
      await waitForParam(explorer, 'select', LLAMA);
      await explorer.page.goBack();
      await waitForParam(explorer, 'focus', null);
      await explorer.waitForCy((cy, n) => cy.nodes().filter((node) => node.visible()).length === n, everything.length);
      await expect(drawnIds(explorer)).resolves.toEqual(everything);
      // Forward focuses again.
      await explorer.page.goForward();
      await waitForParam(explorer, 'focus', LLAMA);
      await explorer.waitForCy((cy, n) => cy.nodes().filter((node) => node.visible()).length === n, focused.length);
    },
  );

  for (const [label, viewport, touch] of [
    ['1440x900', DESKTOP_1440, false],
    ['a phone', PHONE, true],
  ] as const) {
    suite.scenario(
      `after Fit to screen at ${label} the view toolbar covers no node`,
      `toolbar-clear-${viewport.width}`,
      async () => {
        const explorer = await suite.openPage({ viewport, touch });
        await explorer.open();
        const toolbar = explorer.page.getByRole('toolbar', { name: 'View' });
        // A search moves the view first, so Fit has something to do.
        await explorer.pickFromCombobox({ label: 'Search', text: 'LLaMA', option: /^LLaMA\b/ });
        await explorer.waitForCy((cy, id) => cy.getElementById(id).selected(), LLAMA);
        await explorer.waitForGraphStill();
        await toolbar.getByRole('button', { name: 'Fit to screen' }).click();
        await explorer.waitForGraphStill();
        await explorer.screenshot(`toolbar-clear-${viewport.width}`);
        const bar = await toolbar.boundingBox();
        if (!bar) throw new Error('the view toolbar is not on the page');
        const canvas = await explorer.canvasBox();
        const boxes = await explorer.cyQuery(
          (cy) =>
            cy.nodes(':visible').map((n) => ({ id: n.id(), box: n.renderedBoundingBox({ includeLabels: true }) })),
          null,
        );
        expect(boxes.length).toBeGreaterThan(10);
        // Node boxes in page coordinates, cut to the canvas (the part outside is not drawn: on a
        // phone the readable zoom leaves the picture larger than the canvas), against the toolbar.
        const covered = boxes
          .map(({ id, box }) => ({
            id,
            x1: Math.max(canvas.x + box.x1, canvas.x),
            x2: Math.min(canvas.x + box.x2, canvas.x + canvas.width),
            y1: Math.max(canvas.y + box.y1, canvas.y),
            y2: Math.min(canvas.y + box.y2, canvas.y + canvas.height),
          }))
          .filter((b) => b.x1 < b.x2 && b.y1 < b.y2)
          .filter((b) => b.x1 < bar.x + bar.width && b.x2 > bar.x && b.y1 < bar.y + bar.height && b.y2 > bar.y)
          .map(({ id }) => id);
        expect(covered).toEqual([]);
      },
    );
  }
});
