/**
 * A graph too large for the careful force layout, in Chromium: the seed plus a synthetic hub with
 * 1,700 people around it (written into the embedded store by the harness). The node panel's
 * "Expand further" asks the API for up to LIMITS.MAX_NODES; the canvas then takes the large-view path
 * (layout-for-size.ts: `preset`, placed without fcose) and must still show every node, inside the
 * viewport, without piling them up. The link it leaves redraws the same hub picture.
 */
import type { Core } from 'cytoscape';
import { edgeIdOf } from '../../server/store/batch-to-edges';
import type { GraphBatch } from '../../server/store/graph-store';
import { aBatch, aClaim, aPerson, aSource, anEntity } from '../support/builders';
import { browserGate, describeWithService } from '../support/service-gates';
import { WAIT_MS } from './support/explorer-page';
import { useExplorerSuite } from './support/explorer-suite';

const HUB = 'large-view-hub';
const PEOPLE = 1700;
const personId = (i: number) => `large-view-person-${String(i).padStart(4, '0')}`;

const CLAIM = 'large-view-claim';

/**
 * The hub, PEOPLE people who work at it, and a colleague ring among them (2 edges a person in all), all
 * asserted by one claim of one small source (every fact needs a claim). The claim names the hub, so the
 * first picture already holds a few hundred of its people: the medium (`fcose-draft`) path.
 */
function largeBatch(): GraphBatch {
  const source = aSource({
    id: 'large-view-source',
    title: 'A synthetic staff list',
    text: 'Large View Hub employs everyone listed here.',
  });
  const entities = [
    anEntity({ id: HUB, type: 'Company', name: 'Large View Hub', description: 'A synthetic employer (e2e).' }),
    ...Array.from({ length: PEOPLE }, (_, i) =>
      aPerson({ id: personId(i), name: `Person ${i}`, description: 'A synthetic employee (e2e).' }),
    ),
  ];
  const edge = (type: 'WORKS_AT' | 'COMPARED_WITH', from: string, to: string) => ({
    id: edgeIdOf({ from, type, to }),
    type,
    from,
    to,
    role: null,
    claimIds: [CLAIM],
  });
  const factEdges = [
    ...Array.from({ length: PEOPLE }, (_, i) => edge('WORKS_AT', personId(i), HUB)),
    ...Array.from({ length: PEOPLE }, (_, i) => edge('COMPARED_WITH', personId(i), personId((i * 7 + 1) % PEOPLE))),
  ];
  const claims = [aClaim({ id: CLAIM, source, speakerId: HUB, subjectIds: [HUB], kind: 'AUTHOR_ASSERTION' })];
  return aBatch({ sources: [source], entities, factEdges, claims });
}

/** What the scenario checks on the live instance (runs in the page: no imports, no closures). */
function drawnFacts(cy: Core, hub: string) {
  const nodes = cy.nodes().filter((n) => !n.hasClass('type-hidden'));
  const w = cy.width();
  const h = cy.height();
  const inside = nodes.nodes().filter((n) => {
    const p = n.renderedPosition();
    return p.x >= 0 && p.x <= w && p.y >= 0 && p.y <= h;
  }).length;
  // Nodes closer than a node's width (30) to another: grid buckets, so 1,800 nodes stay cheap.
  const cell = 30;
  const grid = new Map<string, { x: number; y: number }[]>();
  let crowded = 0;
  nodes.nodes().forEach((n) => {
    const p = n.position();
    const cx = Math.floor(p.x / cell);
    const cy2 = Math.floor(p.y / cell);
    let near = false;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of grid.get(`${cx + dx},${cy2 + dy}`) ?? [])
          if (Math.hypot(q.x - p.x, q.y - p.y) < cell) near = true;
    if (near) crowded++;
    const key = `${cx},${cy2}`;
    grid.set(key, [...(grid.get(key) ?? []), { x: p.x, y: p.y }]);
  });
  const hubPosition = cy.getElementById(hub).position();
  const relative: Record<string, [number, number]> = {};
  for (const n of nodes.nodes().toArray()) {
    if (!n.id().startsWith('large-view-person-')) continue;
    relative[n.id()] = [Math.round(n.position().x - hubPosition.x), Math.round(n.position().y - hubPosition.y)];
  }
  const outside = nodes
    .nodes()
    .filter((n) => {
      const p = n.renderedPosition();
      return !(p.x >= 0 && p.x <= w && p.y >= 0 && p.y <= h);
    })
    .nodes()
    .map((n) => `${n.id()}@${Math.round(n.renderedPosition().x)},${Math.round(n.renderedPosition().y)}`)
    .slice(0, 5);
  return { shown: nodes.length, inside, crowded, zoom: cy.zoom(), relative, outside, w, h };
}

describeWithService(browserGate(), 'Explorer in Chromium: a large view', () => {
  const suite = useExplorerSuite({ extraBatch: largeBatch() });

  suite.scenario(
    '"Expand further" draws 1,700 more nodes on the large-view path: all shown, in view, not piled up; the link redraws them alike',
    'large-view',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open({ search: `?select=${HUB}` });
      // Hundreds of the hub's people are in the first picture: drawn first, then refined by a short fcose.
      await explorer.waitForCy((cy, hub) => cy.getElementById(hub).nonempty(), HUB);
      expect(await explorer.page.evaluate(() => document.body.dataset.graphLayout)).toBe('fcose-draft');
      const further = explorer.details().getByRole('button', { name: /Expand further/ });
      await further.waitFor({ timeout: WAIT_MS });
      await further.click();
      await explorer.page.waitForFunction(
        (count) =>
          document.body.dataset.graphLayout === 'preset' &&
          (window as unknown as { whosaid?: { cy: Core } }).whosaid!.cy.nodes().length > count,
        PEOPLE,
        { timeout: 90_000 },
      );
      await explorer.page.waitForTimeout(500);
      const facts = await explorer.cyQuery(drawnFacts, HUB);
      // Every person, the hub and the article's own nodes are on the canvas.
      expect(facts.shown).toBeGreaterThan(PEOPLE + 1);
      expect(Object.keys(facts.relative)).toHaveLength(PEOPLE);
      // Fitted: every node inside the viewport, at a zoom the minimum allows.
      expect({ inside: facts.inside, outside: facts.outside, w: facts.w, h: facts.h }).toEqual({
        inside: facts.shown,
        outside: [],
        w: facts.w,
        h: facts.h,
      });
      expect(facts.zoom).toBeGreaterThanOrEqual(0.15);
      // No overlap explosion: (almost) no node closer than its own width to another.
      expect(facts.crowded).toBeLessThan(facts.shown * 0.02);
      expect(new URL(explorer.page.url()).searchParams.get('wide')).toBe(HUB);
      await explorer.screenshot('large-view');
      // "Fit to screen" after the reader zoomed in shows the whole large view again (not a readable-zoom crop).
      await explorer.page.evaluate(() => {
        const cy = (window as unknown as { whosaid: { cy: Core } }).whosaid.cy;
        cy.zoom({ level: 1, position: cy.getElementById('large-view-hub').position() });
      });
      await explorer.page.getByRole('toolbar', { name: 'View' }).getByRole('button', { name: 'Fit to screen' }).click();
      await explorer.page.waitForTimeout(500);
      const refitted = await explorer.cyQuery(drawnFacts, HUB);
      expect({ inside: refitted.inside, outside: refitted.outside }).toEqual({ inside: refitted.shown, outside: [] });

      // The same link, opened fresh, draws the hub's people at the same places around it.
      const again = await suite.openPage();
      await again.goto({ search: new URL(explorer.page.url()).search });
      await again.page.waitForFunction(
        (count) =>
          document.body.dataset.graphLayout === 'preset' &&
          (window as unknown as { whosaid?: { cy: Core } }).whosaid!.cy.nodes().length > count,
        PEOPLE,
        { timeout: 90_000 },
      );
      const second = await again.cyQuery(drawnFacts, HUB);
      expect(second.relative).toEqual(facts.relative);
    },
  );
});
