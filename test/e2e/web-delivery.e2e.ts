import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';

import { expect, test } from '../support/journey';

/** The built app as a browser receives it: compressed files, long caching, and pages that hold still. */

function raw(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sums the page's layout shifts (Chrome's CLS without the session windows: stricter), as text for the page. */
const LAYOUT_SHIFT_OBSERVER = `
  globalThis.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) globalThis.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

test.use({ serverEnv: { DEMO_DATA: '1' } });

test.describe('the built web app', () => {
  test('sends its JavaScript as brotli, immutable, and index.html revalidated', async ({ server }) => {
    const index = await raw(server.url, '/s/community', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(index.headers['cache-control']).toBe('no-cache');
    // With the shell in one chunk, index.html lists no preloads and stays under the 1 KB below which
    // the build keeps no compressed twin (nothing to gain); a larger one comes as brotli.
    const html = index.headers['content-encoding'] === 'br' ? brotliDecompressSync(index.body) : index.body;
    expect(index.headers['content-encoding'] ?? (html.length < 1024 ? 'small enough' : 'missing')).toMatch(/^(br|small enough)$/);
    const entry = /src="(\/assets\/index-[\w-]+\.js)"/.exec(html.toString())?.[1];
    expect(entry).toBeDefined();

    const compressed = await raw(server.url, entry!, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(compressed.headers['content-type']).toMatch(/^text\/javascript/);
    const plain = await raw(server.url, entry!);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotliDecompressSync(compressed.body).equals(plain.body)).toBe(true);
    expect(compressed.body.length).toBeLessThan(plain.body.length / 3);
  });

  test('does not shift its layout while sign-in, a feed and an initiative load, on a laptop and a phone', async ({ browser, server }) => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(LAYOUT_SHIFT_OBSERVER);
      const page = await context.newPage();
      const shiftOf = async (path: string, ready: string) => {
        await page.goto(`${server.url}${path}`);
        await page.locator(ready).first().waitFor();
        await page.waitForLoadState('networkidle');
        return page.evaluate<number>('globalThis.__layoutShift');
      };
      expect(await shiftOf('/sign-in', '#sign-in-email')).toBeLessThanOrEqual(0.02);

      const signIn = await page.request.post(`${server.url}/graphql`, {
        data: { query: 'mutation { signIn(input: { email: "employee@redchair.test", password: "RedChair-demo-2026" }) { token } }' },
      });
      expect(signIn.ok()).toBe(true);
      const found = (await (
        await page.request.post(`${server.url}/graphql`, {
          data: { query: '{ initiatives(first: 50) { nodes { id commentCount space { slug } } } }' },
        })
      ).json()) as { data: { initiatives: { nodes: { id: string; commentCount: number; space: { slug: string } }[] } } };
      const discussed = [...found.data.initiatives.nodes].sort((a, b) => b.commentCount - a.commentCount)[0]!;

      expect(await shiftOf(`/s/${discussed.space.slug}`, 'main article')).toBeLessThanOrEqual(0.02);
      expect(await shiftOf(`/i/${discussed.id}`, 'main h1')).toBeLessThanOrEqual(0.02);
      await context.close();
    }
  });
});
