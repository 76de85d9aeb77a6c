/**
 * One explorer tab in Chromium, with the moves a person makes (open a link, click a node or an
 * edge on the canvas) and the questions the scenarios ask of the live Cytoscape instance that
 * the UI exposes as `window.whosaid.cy`. Clicks are real mouse clicks at rendered positions;
 * each one checks that Cytoscape tapped the intended element, so a miss reads as a miss.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Core } from 'cytoscape';

export interface Viewport {
  width: number;
  height: number;
}

const SCREENSHOT_DIR = path.join(__dirname, '..', 'screenshots');
/**
 * Appended to every screenshot name when the suite runs on another seed (the e2e-two-source Jest
 * project sets it), so that run never overwrites the real seed's pictures kept in git.
 */
const screenshotSuffix = () =>
  process.env.E2E_SCREENSHOT_SUFFIX ??
  (process.env.WHOSAID_SEED_DIR ? `.${path.basename(path.resolve(process.env.WHOSAID_SEED_DIR))}` : '');
/** Upper bound for any wait on the page; scenarios assert outcomes, never how long they took. */
export const WAIT_MS = 30_000;

/** What page.evaluate callbacks see. They run in the browser, so they cannot use imports. */
type E2EWindow = Window & { whosaid?: { cy: Core }; __e2eStill?: string; __e2eTaps?: string[] };

/**
 * The function's source applied to the live cy, as one expression. Functions cannot carry
 * closures into the page, and an expression (unlike new Function in the page) is not subject
 * to a Content-Security-Policy. `fn` must use only its two arguments.
 */
function cyExpression<A>({
  fn,
  arg,
  missing,
}: {
  fn: (...args: never[]) => unknown;
  arg: A;
  missing: 'false' | 'null';
}): string {
  return `(() => { const cy = window.whosaid && window.whosaid.cy; return cy ? (${fn.toString()})(cy, ${JSON.stringify(
    arg ?? null,
  )}) : ${missing}; })()`;
}

/** How a CSP violation is recorded among a page's console errors. */
export const CSP_VIOLATION = 'csp violation:';

export class ExplorerPage {
  /** Console errors and uncaught exceptions since the page opened. */
  readonly consoleErrors: string[] = [];

  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    readonly baseUrl: string,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`uncaught: ${error.message}`));
  }

  static async create({ context, baseUrl }: { context: BrowserContext; baseUrl: string }): Promise<ExplorerPage> {
    const explorer = new ExplorerPage(await context.newPage(), context, baseUrl);
    // Every scenario runs under the server's real Content-Security-Policy; a violation (an inline
    // script or style, an outside font) is recorded like a console error, so it fails the scenario.
    await explorer.page.exposeFunction('whosaidCspViolation', (text: string) =>
      explorer.consoleErrors.push(`${CSP_VIOLATION} ${text}`),
    );
    await explorer.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { whosaidCspViolation?: (text: string) => void }).whosaidCspViolation;
        report?.(`${event.violatedDirective} ${event.blockedURI || 'inline'}`);
      });
    });
    return explorer;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  /** Opens the explorer at `search` (e.g. "?select=llama") without waiting for the graph. */
  async goto({ search = '' }: { search?: string } = {}): Promise<void> {
    await this.page.goto(`${this.baseUrl}/${search}`, { waitUntil: 'domcontentloaded' });
  }

  /** Opens the explorer and waits until the first layout is done and the canvas stopped moving. */
  async open({ search = '' }: { search?: string } = {}): Promise<void> {
    await this.goto({ search });
    await this.waitForGraphReady();
  }

  async waitForGraphReady(): Promise<void> {
    await this.page.waitForFunction(
      () => document.body.dataset.graphReady === 'true' && Boolean((window as E2EWindow).whosaid?.cy),
      null,
      { timeout: WAIT_MS },
    );
    await this.waitForGraphStill();
  }

  /** Waits until node positions, pan and zoom are the same on two polls and no animation runs. */
  async waitForGraphStill(): Promise<void> {
    await this.page.waitForFunction(
      () => {
        const w = window as E2EWindow;
        const cy = w.whosaid?.cy;
        if (!cy) return false;
        const snapshot = JSON.stringify([cy.zoom(), cy.pan(), cy.nodes().map((n) => n.position())]);
        const same = w.__e2eStill === snapshot;
        w.__e2eStill = snapshot;
        return (
          same &&
          !cy.animated() &&
          cy
            .nodes()
            .toArray()
            .every((n) => !n.animated())
        );
      },
      null,
      { timeout: WAIT_MS, polling: 150 },
    );
  }

  /** Waits for `predicate(cy, arg)` to hold in the page (selection, classes, element counts). */
  async waitForCy<A>(predicate: (cy: Core, arg: A) => boolean, arg: A): Promise<void> {
    // Polled with plain evaluates: waitForFunction's own polling of a string expression runs it
    // through eval after the first try, which the page's Content-Security-Policy refuses
    // (an EvalError whenever the condition was not already true).
    const deadline = Date.now() + WAIT_MS;
    while (!(await this.page.evaluate(cyExpression({ fn: predicate, arg, missing: 'false' })))) {
      if (Date.now() > deadline) throw new Error(`timed out after ${WAIT_MS} ms waiting for ${predicate.toString()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Runs `fn(cy, arg)` in the page and returns its (serialisable) result. */
  async cyQuery<R, A>(fn: (cy: Core, arg: A) => R, arg: A): Promise<R> {
    return this.page.evaluate(cyExpression({ fn, arg, missing: 'null' })) as Promise<R>;
  }

  async selectedIds(): Promise<string[]> {
    return this.cyQuery((cy) => cy.$(':selected').map((e) => e.id()), null);
  }

  async idsWithClass(className: string): Promise<string[]> {
    return this.cyQuery((cy, cls) => cy.elements(`.${cls}`).map((e) => e.id()), className);
  }

  /** Pairs of nodes whose label-inclusive boxes overlap on screen, named "a / b". */
  async overlappingLabels(): Promise<string[]> {
    return this.cyQuery((cy) => {
      const boxes = cy.nodes().map((n) => ({ id: n.id(), box: n.renderedBoundingBox({ includeLabels: true }) }));
      const pairs: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].box;
          const b = boxes[j].box;
          if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0) {
            pairs.push(`${boxes[i].id} / ${boxes[j].id}`);
          }
        }
      }
      return pairs;
    }, null);
  }

  /**
   * Nodes drawn on top of an edge they are not an end of ("node on source-TYPE->target"): the
   * line passes through the node's body away from the edge's own ends.
   */
  async nodesOnForeignEdges(): Promise<string[]> {
    return this.cyQuery((cy) => {
      const found: string[] = [];
      cy.edges().forEach((edge) => {
        const a = edge.source().renderedPosition();
        const b = edge.target().renderedPosition();
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const length2 = dx * dx + dy * dy || 1;
        cy.nodes().forEach((node) => {
          if (node.same(edge.source()) || node.same(edge.target())) return;
          const p = node.renderedPosition();
          const t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2;
          if (t <= 0.05 || t >= 0.95) return;
          const distance = Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
          if (distance < node.renderedWidth() / 2)
            found.push(`${node.id()} on ${edge.source().id()}-${edge.data('type')}->${edge.target().id()}`);
        });
      });
      return found;
    }, null);
  }

  /** Real mouse click on a node's centre (panning to it first if it is off screen). */
  async clickNode(id: string): Promise<void> {
    await this.ensureVisible({ ids: [id] });
    const point = await this.cyQuery((cy, nodeId) => {
      const node = cy.getElementById(nodeId);
      return node.nonempty() ? node.renderedPosition() : null;
    }, id);
    if (!point) throw new Error(`no node "${id}" on the canvas`);
    await this.clickCanvasAt({ point, expected: id });
  }

  /**
   * Real mouse click on an edge: zooms to the edge and its ends first, as a person would, then
   * clicks its midpoint, or the nearest point along it that no other node covers (the layout
   * may put an unrelated node on top of the middle of a line).
   */
  async clickEdge(id: string): Promise<void> {
    const found = await this.cyQuery((cy, edgeId) => {
      const edge = cy.getElementById(edgeId);
      if (edge.empty()) return false;
      cy.fit(edge.union(edge.connectedNodes()), 120);
      return true;
    }, id);
    if (!found) throw new Error(`no edge "${id}" on the canvas`);
    await this.waitForGraphStill();
    const point = await this.cyQuery((cy, edgeId) => {
      const edge = cy.getElementById(edgeId);
      const a = edge.renderedSourceEndpoint();
      const b = edge.renderedTargetEndpoint();
      const others = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
      const margin = 6;
      const covered = (p: { x: number; y: number }) =>
        others.some(
          (box) => p.x > box.x1 - margin && p.x < box.x2 + margin && p.y > box.y1 - margin && p.y < box.y2 + margin,
        );
      for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75]) {
        // Midpoint from Cytoscape (right for curved edges too); other points on the chord.
        const p = t === 0.5 ? edge.renderedMidpoint() : { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
        if (!covered(p)) return p;
      }
      return null;
    }, id);
    if (!point) throw new Error(`every point along edge "${id}" is covered by a node`);
    await this.clickCanvasAt({ point, expected: id });
  }

  /** Pans so the elements are inside the canvas (as a user would drag the view). */
  private async ensureVisible({ ids }: { ids: string[] }): Promise<void> {
    const moved = await this.cyQuery((cy, wanted) => {
      const eles = wanted.reduce((all, i) => all.union(cy.getElementById(i)), cy.collection());
      const box = eles.renderedBoundingBox();
      const inside = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
      if (!inside) cy.center(eles);
      return !inside;
    }, ids);
    if (moved) await this.waitForGraphStill();
  }

  private async clickCanvasAt({ point, expected }: { point: { x: number; y: number }; expected: string }) {
    const box = await this.canvasBox();
    const x = box.x + point.x;
    const y = box.y + point.y;
    // Something drawn over the canvas (a list, the legend) would take the click instead.
    const onTop = await this.page.evaluate(
      ({ px, py }) => {
        const el = document.elementFromPoint(px, py);
        const container = (window as E2EWindow).whosaid?.cy.container();
        return el && container && container.contains(el) ? null : (el?.outerHTML.slice(0, 120) ?? 'nothing');
      },
      { px: x, py: y },
    );
    if (onTop) throw new Error(`"${expected}" at (${x}, ${y}) is covered by ${onTop}`);
    await this.recordTaps();
    await this.page.mouse.click(x, y);
    const tapped = await this.page.evaluate(() => (window as E2EWindow).__e2eTaps?.at(-1) ?? null);
    if (tapped !== expected) {
      throw new Error(`clicked "${expected}" at (${x}, ${y}) but Cytoscape tapped ${tapped ?? 'nothing'}`);
    }
  }

  /** Remembers what each tap hit, to tell a missed click from a broken handler. */
  private async recordTaps(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as E2EWindow;
      const cy = w.whosaid?.cy;
      if (!cy || w.__e2eTaps) return;
      w.__e2eTaps = [];
      cy.on('tap', (event) => w.__e2eTaps!.push(event.target === cy ? 'background' : event.target.id()));
    });
  }

  async canvasBox(): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.page.evaluate(() => {
      const rect = (window as E2EWindow).whosaid?.cy.container()?.getBoundingClientRect();
      return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
    });
    if (!box) throw new Error('the Cytoscape container is not in the page');
    return box;
  }

  /** Types into a combobox and clicks the option whose accessible name matches `option`. */
  async pickFromCombobox({ label, text, option }: { label: string; text: string; option: RegExp }): Promise<void> {
    const box = this.page.getByRole('combobox', { name: label, exact: true });
    await box.click();
    await box.fill(text);
    const listbox = this.page.getByRole('listbox', { name: `${label} results` });
    await listbox.getByRole('option', { name: option }).click({ timeout: WAIT_MS });
  }

  /** Real mouse click on an empty spot of the canvas, away from every node and edge. */
  async clickBackground(): Promise<void> {
    const point = await this.cyQuery((cy) => {
      const clear = 24;
      const nodes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
      const segments = cy.edges().map((e) => [e.renderedSourceEndpoint(), e.renderedTargetEndpoint()]);
      const nearSegment = (p: { x: number; y: number }, [a, b]: { x: number; y: number }[]) => {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)) < clear;
      };
      for (let y = clear; y < cy.height() - clear; y += 20) {
        for (let x = clear; x < cy.width() - clear; x += 20) {
          const p = { x, y };
          const onNode = nodes.some(
            (b) => x > b.x1 - clear && x < b.x2 + clear && y > b.y1 - clear && y < b.y2 + clear,
          );
          if (!onNode && !segments.some((s) => nearSegment(p, s))) return p;
        }
      }
      return null;
    }, null);
    if (!point) throw new Error('the canvas has no empty spot to click');
    await this.clickCanvasAt({ point, expected: 'background' });
  }

  details(): Locator {
    return this.page.getByRole('complementary', { name: 'Details' });
  }

  reader(): Locator {
    return this.page.getByRole('region', { name: 'Article reader' });
  }

  /** The URL's query parameters as a plain object. */
  searchParams(): Record<string, string> {
    return Object.fromEntries(new URL(this.page.url()).searchParams);
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.page.screenshot({
      path: path.join(SCREENSHOT_DIR, `${name}${screenshotSuffix()}.png`),
      fullPage: false,
    });
  }
}
