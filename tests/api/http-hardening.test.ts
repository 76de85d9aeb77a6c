/** HTTP hardening: security headers, honest 404s, no HTML error pages, bounded bodies and slow clients. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MAX_BODY_BYTES } from '../../server/http/create-app';
import { createServer, type RunningServer } from '../../server/http/create-server';
import { seededEmbeddedStore } from './support/seeded-stores';

let dist: string;
let server: RunningServer;
let dev: RunningServer;
beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'whosaid-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
  writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(dist, 'assets', 'app.js.map'), '{}');
  const store = await seededEmbeddedStore();
  const httpTimeouts = { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000, checkIntervalMs: 250 };
  server = await createServer({ store, port: 0, production: true, clientDistDir: dist, httpTimeouts });
  dev = await createServer({ store, port: 0, production: false, clientDistDir: dist });
}, 60_000);
afterAll(async () => {
  await server.stop();
  await dev.stop();
  rmSync(dist, { recursive: true, force: true });
});

/** Raw socket exchange: writes `chunks` (with pauses), returns what the server sent and when it closed. */
function raw({
  url,
  chunks,
  pauseMs = 0,
}: {
  url: string;
  chunks: string[];
  pauseMs?: number;
}): Promise<{ text: string; ms: number }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect(Number(port), hostname);
    let text = '';
    socket.on('data', (d) => (text += d.toString('utf8')));
    socket.on('close', () => resolve({ text, ms: performance.now() - started }));
    socket.on('error', () => undefined);
    void (async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) return;
        socket.write(chunk);
        if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      }
    })();
  });
}

describe('the UI', () => {
  it('carries a CSP without inline script, nosniff, frame-ancestors and a referrer policy', async () => {
    const response = await fetch(`${server.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('a missing asset is a 404, a client route still gets the app', async () => {
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/favicon.ico`)).status).toBe(404);
    const route = await fetch(`${server.url}/entity/china`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<!doctype html>');
  });

  it('source maps are not served in production', async () => {
    expect((await fetch(`${server.url}/assets/app.js.map`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets/app.js`)).status).toBe(200);
  });

  it.each(['production', 'development'])(
    'GET /%% answers a short plain error, no stack or paths (%s)',
    async (mode) => {
      const base = mode === 'production' ? server.url : dev.url;
      const { text } = await raw({ url: base, chunks: ['GET /% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'] });
      expect(text).toMatch(/^HTTP\/1.1 400/);
      expect(text).not.toMatch(/<html|<pre|at \w+ \(|\/work\/|node_modules/i);
    },
  );
});

describe('request bodies and slow clients', () => {
  it('a body over the limit is refused from its Content-Length, before it is sent', async () => {
    const { text, ms } = await raw({
      url: server.url,
      chunks: [
        `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n{"query":`,
      ],
    });
    expect(text).toMatch(/^HTTP\/1.1 413/);
    expect(text).toContain('BAD_REQUEST');
    expect(ms).toBeLessThan(1_000);
  });

  it('a chunked body is cut at the limit', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    const chunks = [
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
    ];
    // One chunk more than MAX_BODY_BYTES holds.
    for (let i = 0; i <= MAX_BODY_BYTES / chunk.length; i++)
      chunks.push(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    const { text } = await raw({ url: server.url, chunks });
    expect(text).toMatch(/^HTTP\/1.1 413/);
  });

  it('slow headers time out in seconds', async () => {
    const chunks = ['GET /healthz HTTP/1.1\r\n', ...Array.from({ length: 40 }, (_, i) => `X-Slow-${i}: 1\r\n`)];
    const { ms } = await raw({ url: server.url, chunks, pauseMs: 200 });
    expect(ms).toBeLessThan(4_000);
  });

  it('a slow body times out in seconds', async () => {
    const chunks = [
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`,
      ...Array.from({ length: 40 }, () => ' '),
    ];
    const { text, ms } = await raw({ url: server.url, chunks, pauseMs: 200 });
    expect(ms).toBeLessThan(5_000);
    expect(text).toMatch(/^HTTP\/1.1 408|^$/);
  });
});
