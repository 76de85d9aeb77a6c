/**
 * The GraphQL IDE works offline: with every request that does not go to 127.0.0.1 blocked,
 * a browser opening /graphql lands on /graphiql, the editor renders with the first example of
 * docs/queries.md, a query runs, and the examples picker opens another one. Nothing outside
 * is even asked for, and the page's CSP is never violated.
 */
import { browserGate, describeWithService } from '../support/service-gates';
import { WAIT_MS } from './support/explorer-page';
import { useExplorerSuite } from './support/explorer-suite';

describeWithService(browserGate(), 'GraphiQL in Chromium, offline', () => {
  const suite = useExplorerSuite();

  suite.scenario(
    '/graphql in a browser opens the local GraphiQL, which runs queries with the outside blocked',
    'graphiql',
    async () => {
      const explorer = await suite.openPage();
      const page = explorer.page;
      const outside: string[] = [];
      await page.context().route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:')
          return route.continue();
        outside.push(url.href);
        return route.abort('internetdisconnected');
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const seen = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
          seen.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });

      // The explorer's header links to the IDE.
      await explorer.goto();
      await expect(page.getByRole('link', { name: /GraphQL IDE/ }).getAttribute('href')).resolves.toBe('/graphiql');

      await page.goto(`${explorer.baseUrl}/graphql`, { waitUntil: 'domcontentloaded' });
      expect(new URL(page.url()).pathname).toBe('/graphiql');
      const editor = page.locator('.graphiql-query-editor .monaco-editor');
      await editor.first().waitFor({ state: 'visible', timeout: WAIT_MS });
      // The first example of docs/queries.md is open.
      await page.getByText('WhoSaidOpenModelsDominate').first().waitFor({ timeout: WAIT_MS });

      await page.locator('.graphiql-execute-button').click();
      const response = page.locator('.graphiql-response .monaco-editor');
      await page.waitForFunction(
        () => /"totalCount"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''),
        null,
        { timeout: WAIT_MS },
      );
      await expect(response.textContent()).resolves.toMatch(/"quote"/);

      // Another example from the picker, in a new tab, runs too.
      await page.getByRole('combobox', { name: /example query/ }).selectOption({ label: '12. How big is the graph?' });
      await page.waitForFunction(
        () => /stats/.test(document.querySelector('.graphiql-query-editor')?.textContent ?? ''),
        null,
        {
          timeout: WAIT_MS,
        },
      );
      // Run straight away, as a user would: the picker hands GraphiQL the new operation's name at once,
      // so neither the button nor Ctrl+Enter sends the previous tab's name with the new text.
      await page.locator('.graphiql-execute-button').click();
      await page.waitForFunction(
        () => /"totalNodes"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''),
        null,
        { timeout: WAIT_MS },
      );
      await explorer.screenshot('graphiql');

      expect(outside).toEqual([]);
      const violations = await page.evaluate(
        () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
      );
      expect(violations).toEqual([]);
    },
  );

  suite.scenario(
    'JSON clients of /graphql are untouched, and CSRF prevention still refuses a bare GET',
    'graphql-get',
    async () => {
      const explorer = await suite.openPage();
      const request = explorer.page.request;
      const url = `${explorer.baseUrl}/graphql?query=${encodeURIComponent('{ stats { totalNodes } }')}`;
      const json = await request.get(url, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(json.status()).toBe(200);
      expect(
        ((await json.json()) as { data: { stats: { totalNodes: number } } }).data.stats.totalNodes,
      ).toBeGreaterThan(10);
      const bare = await request.get(url, { headers: { accept: 'application/json' } });
      expect(bare.status()).toBe(400);
      const html = await request.get(`${explorer.baseUrl}/graphql`, {
        headers: { accept: 'text/html' },
        maxRedirects: 0,
      });
      expect(html.status()).toBe(302);
      expect(html.headers().location).toBe('/graphiql');
      const ide = await request.get(`${explorer.baseUrl}/graphiql`);
      expect(ide.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
      expect(ide.headers()['content-security-policy']).not.toMatch(/https:/);
    },
  );
});
