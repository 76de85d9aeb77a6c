/**
 * The Numbers tab and the exports in a real Chromium on the repository seed: the patent chart
 * is listed with its quote and speaker; the JSON export has the documented shape (docs/export.md)
 * and every claim's span really points at its quote in the source text; GraphML, CSV and PNG
 * are what they say they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { browserGate, describeWithService } from '../support/service-gates';
import { WAIT_MS, type ExplorerPage } from './support/explorer-page';
import { useExplorerSuite } from './support/explorer-suite';

const ExportShape = z
  .object({
    format: z.literal('whosaid-graph'),
    version: z.literal(1),
    exportedAt: z.iso.datetime(),
    sources: z.array(z.object({ id: z.string(), title: z.string() }).strict()).min(1),
    nodes: z.array(z.object({ id: z.string(), type: z.string(), label: z.string() }).strict()).min(1),
    edges: z.array(
      z
        .object({
          id: z.string(),
          type: z.string(),
          from: z.string(),
          to: z.string(),
          role: z.string().nullable(),
          claimIds: z.array(z.string()),
        })
        .strict(),
    ),
    claims: z.array(
      z
        .object({
          id: z.string(),
          quote: z.string().min(1),
          summary: z.string(),
          kind: z.string(),
          speaker: z.object({ id: z.string(), name: z.string() }).strict(),
          subjects: z.array(z.object({ id: z.string(), name: z.string() }).strict()),
          source: z.object({ id: z.string(), title: z.string() }).strict(),
          span: z.object({ start: z.number().int(), end: z.number().int() }).strict(),
          date: z.string().nullable(),
          topic: z.string().nullable(),
          stance: z.string().nullable(),
          figures: z.array(
            z
              .object({
                measure: z.string(),
                label: z.string(),
                value: z.number(),
                unit: z.string(),
                isLowerBound: z.boolean(),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

async function download({
  explorer,
  button,
}: {
  explorer: ExplorerPage;
  button: RegExp;
}): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    explorer.page.waitForEvent('download', { timeout: WAIT_MS }),
    explorer.page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

async function sourceText({ explorer, id }: { explorer: ExplorerPage; id: string }): Promise<string> {
  const response = await explorer.page.request.post(`${explorer.baseUrl}/graphql`, {
    data: { query: 'query($id: ID!) { source(id: $id) { text } }', variables: { id } },
  });
  return ((await response.json()) as { data: { source: { text: string } } }).data.source.text;
}

describeWithService(browserGate(), 'Explorer in Chromium: numbers and export', () => {
  const suite = useExplorerSuite();

  suite.scenario(
    'the Numbers tab lists every chart, the patent chart with its quote and speaker',
    'numbers-tab',
    async () => {
      const explorer = await suite.openPage();
      await explorer.open();
      await explorer.page.getByRole('tab', { name: 'Numbers' }).click();
      const numbers = explorer.page.getByRole('region', { name: 'Numbers' });
      const patents = numbers.getByRole('figure', { name: /GenAI inventions/ });
      await patents.waitFor({ timeout: WAIT_MS });
      await expect(patents.getByRole('img').getAttribute('aria-label')).resolves.toMatch(/China 38,210/);
      await expect(patents.locator('blockquote').count()).resolves.toBeGreaterThan(0);
      await expect(patents.locator('.numbers-caption').first().textContent()).resolves.toMatch(/—\s*\S+/);
      // The survey, the downloads and the model sizes are charts too: far more than one.
      await expect(numbers.getByRole('figure').count()).resolves.toBeGreaterThan(5);
      await expect(patents.locator('.claim-source').first().textContent()).resolves.not.toBe('ai-race-article');
      await patents.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await explorer.screenshot('numbers-tab');
      // "Show in article" goes back to the reader at that quote.
      const claimId = await patents.locator('.numbers-quote').first().getAttribute('data-claim-id');
      await patents
        .getByRole('button', { name: /^Show in article/ })
        .first()
        .click();
      await explorer
        .reader()
        .locator(`mark[data-claim-id="${claimId}"]`)
        .waitFor({ state: 'visible', timeout: WAIT_MS });
    },
  );

  suite.scenario('exports JSON in the documented shape, GraphML, CSV and a titled PNG', 'export', async () => {
    const explorer = await suite.openPage();
    await explorer.open();

    const json = await download({ explorer, button: /as JSON/ });
    expect(json.name).toBe('whosaid-graph.json');
    const graph = ExportShape.parse(JSON.parse(json.bytes.toString('utf8')));
    const drawn = await explorer.cyQuery((cy) => cy.nodes(':visible').length, null);
    expect(graph.nodes).toHaveLength(drawn);
    expect(graph.claims.length).toBeGreaterThan(20);
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const edge of graph.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
    // Every span points at its quote in its own source (one source on seed/, two on the fixture).
    const texts = new Map<string, string>();
    for (const { id } of graph.sources) texts.set(id, await sourceText({ explorer, id }));
    for (const claim of graph.claims)
      expect(texts.get(claim.source.id)?.slice(claim.span.start, claim.span.end)).toBe(claim.quote);

    const graphml = (await download({ explorer, button: /GraphML/ })).bytes.toString('utf8');
    expect(graphml).toMatch(/^<\?xml[^>]*>\s*<graphml /);
    expect(graphml.match(/<node /g)).toHaveLength(graph.nodes.length);
    expect(graphml.match(/<edge /g)).toHaveLength(graph.edges.length);

    const csv = (await download({ explorer, button: /claims as CSV/ })).bytes.toString('utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^claim_id,speaker_id,speaker,source_id,source,span_start,span_end,quote/);

    const png = (await download({ explorer, button: /PNG/ })).bytes;
    if (process.env.E2E_KEEP_EXPORT) writeFileSync(process.env.E2E_KEEP_EXPORT, png);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Wider than tall is the graph; the title band and legend make it taller than the bare graph.
    const height = png.readUInt32BE(20);
    const bare = await explorer.cyQuery((cy) => cy.elements().boundingBox().h, null);
    expect(height).toBeGreaterThan(bare * 2);
  });
});
