import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

import { TestApp, type TestUser } from '../../../test/support/test-app';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * Plain node:http, so the bytes arrive as the server sent them (fetch and supertest would decompress),
 * and the path as written (a URL would resolve its `..`).
 */
function raw(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const ROBOTS_SOURCE = join(__dirname, '../../../web/public/robots.txt');

/** A build as vite-plugin-compression2 leaves it: each file with its `.br` and `.gz` twins. */
function fixtureDist(): { dir: string; script: Buffer; index: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'rc-web-dist-'));
  mkdirSync(join(dir, 'assets'));
  const script = Buffer.from(Array.from({ length: 400 }, (_, n) => `export const value${n} = ${JSON.stringify(`line ${n}`)};\n`).join(''));
  const index = Buffer.from(
    `<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body></body></html>\n`,
  );
  const write = (path: string, bytes: Buffer) => {
    writeFileSync(join(dir, path), bytes);
    writeFileSync(join(dir, `${path}.br`), brotliCompressSync(bytes));
    writeFileSync(join(dir, `${path}.gz`), gzipSync(bytes));
  };
  write('assets/index-Ab12Cd34.js', script);
  write('index.html', index);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  copyFileSync(ROBOTS_SOURCE, join(dir, 'robots.txt')); // the real file, as Vite copies it from web/public
  writeFileSync(join(dir, '..', 'rc-web-dist-secret.txt'), 'outside the dist folder');
  return { dir, script, index };
}

describe('the web app and GraphQL, compressed', () => {
  let app: TestApp;
  let base: string;
  let dist: ReturnType<typeof fixtureDist>;
  let person: TestUser;
  const asset = '/assets/index-Ab12Cd34.js';

  beforeAll(async () => {
    dist = fixtureDist();
    app = await TestApp.start({}, { webDistDir: dist.dir });
    base = await app.listen();
    person = await app.make.user();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist.dir, { recursive: true, force: true });
    rmSync(join(dist.dir, '..', 'rc-web-dist-secret.txt'), { force: true });
  });

  it('sends a hashed asset as brotli, cached for good, when the client accepts it', async () => {
    const response = await raw(base, asset, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(dist.script.length / 3);
    expect(brotliDecompressSync(response.body).equals(dist.script)).toBe(true);
  });

  it('falls back to gzip, and to the plain file without Accept-Encoding', async () => {
    const gzip = await raw(base, asset, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(dist.script)).toBe(true);

    const plain = await raw(base, asset);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.equals(dist.script)).toBe(true);

    const refused = await raw(base, asset, { headers: { 'Accept-Encoding': 'br;q=0, gzip;q=0' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('answers HEAD and Range like a static file server', async () => {
    const head = await raw(base, asset, { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(Number(head.headers['content-length'])).toBe(brotliCompressSync(dist.script).length);
    expect(head.body.length).toBe(0);

    const range = await raw(base, asset, { headers: { Range: 'bytes=0-99' } });
    expect(range.status).toBe(206);
    expect(range.headers['content-range']).toBe(`bytes 0-99/${dist.script.length}`);
    expect(range.body.equals(dist.script.subarray(0, 100))).toBe(true);

    const revalidated = await raw(base, asset, { headers: { 'If-None-Match': String(range.headers.etag) } });
    expect(revalidated.status).toBe(304);
  });

  it('serves index.html for client routes, always revalidated', async () => {
    for (const path of ['/', '/s/community', '/index.html']) {
      const response = await raw(base, path, { headers: { 'Accept-Encoding': 'br' } });
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(brotliDecompressSync(response.body).equals(dist.index)).toBe(true);
    }
    const favicon = await raw(base, '/favicon.svg', { headers: { 'Accept-Encoding': 'br' } });
    expect(favicon.headers['content-encoding']).toBeUndefined(); // no twin: sent as it is
    expect(favicon.headers['content-type']).toMatch(/^image\/svg\+xml/);
  });

  it('answers /robots.txt with a robots file, not the app', async () => {
    const response = await raw(base, '/robots.txt');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body.toString()).toBe(readFileSync(ROBOTS_SOURCE, 'utf8'));
    expect(response.body.toString()).toMatch(/^User-agent: \*$/m);
    expect(response.body.toString()).toMatch(/^Disallow: \/graphql$/m);
  });

  it('never serves a file outside the dist folder, and a missing asset is a 404', async () => {
    for (const path of ['/../rc-web-dist-secret.txt', '/assets/%2e%2e/%2e%2e/rc-web-dist-secret.txt', '/..%2frc-web-dist-secret.txt']) {
      const response = await raw(base, path);
      expect(response.body.toString()).not.toContain('outside the dist folder');
      expect(response.status).toBe(404);
    }
    expect((await raw(base, '/assets/missing-Zz99.js')).status).toBe(404);
  });

  it('compresses a large GraphQL answer and leaves a small one and /health alone', async () => {
    const post = (query: string) =>
      raw(base, '/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Encoding': 'gzip, deflate, br', Authorization: `Bearer ${person.token}` },
        body: JSON.stringify({ query }),
      });
    const large = await post('{ __schema { types { name description fields { name description } } } }');
    expect(large.status).toBe(200);
    expect(large.headers['content-encoding']).toBe('br');
    const data = JSON.parse(brotliDecompressSync(large.body).toString()) as { data: { __schema: { types: unknown[] } } };
    expect(data.data.__schema.types.length).toBeGreaterThan(10);

    const small = await post('{ me { id } }');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { me: { id: person.id } } });

    const health = await raw(base, '/health', { headers: { 'Accept-Encoding': 'br' } });
    expect(health.headers['content-encoding']).toBeUndefined();
  });
});
