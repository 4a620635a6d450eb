#!/usr/bin/env node
// `npm run bench:web`: Lighthouse 12 on the built app, as a visitor's browser sees it.
// Builds what is not built (Nx cache), starts the server on a free port with its own database (an
// embedded PostgreSQL in a temp dir, or DATABASE_URL when set) and the demo data, signs in as the demo
// employee, then audits sign-in, a space's feed and an initiative with comments, desktop and mobile,
// RUNS times each (median, default 3), and writes bench/web.json (format: README, Benchmark files).
//   RUNS=1 ONLY=feed,initiative PRESETS=mobile npm run bench:web
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

import { buildOrExit } from './build.mjs';
import { SERVER_NODE_FLAGS } from './server-node-flags.mjs';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 3);
const onlyPages = process.env.ONLY?.split(',');
const presets = (process.env.PRESETS ?? 'desktop,mobile').split(',');
const out = resolve(root, process.env.OUT ?? 'bench/web.json');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EMAIL = 'employee@redchair.test';
const PASSWORD = 'RedChair-demo-2026';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const log = (line) => process.stdout.write(`bench:web: ${line}\n`);

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function build() {
  log('building what is not built yet (Nx cache)…');
  buildOrExit('domain,api,web', { name: 'bench:web' });
}

async function startServer() {
  const port = await freePort();
  const ownDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'rc-bench-web-'));
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: '1', LOG_LEVEL: 'warn' };
  if (ownDir) env.EMBEDDED_PG_DIR = ownDir;
  log(`starting the server on :${port} (${ownDir ? `embedded PostgreSQL in ${ownDir}` : 'DATABASE_URL'})…`);
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, join(root, 'api/dist/api/src/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited during start:\n${output.join('')}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer /health in 120 s:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    if (ownDir) rmSync(ownDir, { recursive: true, force: true });
  };
  return { url, stop };
}

async function graphql(url, query, variables, cookie) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return { data: body.data, setCookie: response.headers.get('set-cookie') };
}

/** The demo employee's session cookie, and a space's feed and the most discussed initiative in it. */
async function pickPages(url) {
  const { data, setCookie } = await graphql(url, 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', {
    input: { email: EMAIL, password: PASSWORD },
  });
  const cookie = `rc_session=${data.signIn.token}`;
  if (!setCookie?.includes('rc_session=')) log('warning: signIn set no cookie; using the token as the cookie');
  const { data: found } = await graphql(url, '{ initiatives(first: 100) { nodes { id commentCount space { slug } } } }', undefined, cookie);
  const discussed = [...found.initiatives.nodes].sort((a, b) => b.commentCount - a.commentCount)[0];
  if (!discussed?.commentCount) throw new Error('no initiative with comments in the demo data');
  return {
    cookie,
    pages: [
      { page: 'sign-in', path: '/sign-in', signedIn: false },
      { page: 'feed', path: `/s/${discussed.space.slug}`, signedIn: true },
      { page: 'initiative', path: `/i/${discussed.id}`, signedIn: true },
    ],
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function audit(chrome, target, preset, cookie) {
  const flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    disableStorageReset: false,
    extraHeaders: target.signedIn ? { Cookie: cookie } : undefined,
  };
  const result = await lighthouse(target.url, flags, preset === 'desktop' ? desktopConfig : undefined);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`${target.page}/${preset}: ${lhr.runtimeError.message}`);
  const scripts = lhr.audits['resource-summary'].details.items.find((item) => item.resourceType === 'script');
  // What moved, for the log (Lighthouse 12.2's layout-shifts audit fails on Chromium 156's traces: then nothing).
  const shifts = lhr.audits['layout-shifts']?.details?.items ?? [];
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    jsKbGzip: Math.round((scripts?.transferSize ?? 0) / 1024),
    shifts: shifts.map((item) => `${item.node?.selector ?? '?'} "${item.node?.nodeLabel ?? ''}" ${Number(item.score).toFixed(3)}`),
    finalUrl: lhr.finalDisplayedUrl,
  };
}

const started = Date.now();
const load = () => loadavg()[0].toFixed(2);
log(`${cpus().length} CPUs, load ${load()} at the start`);
if (!existsSync(chromePath)) throw new Error(`no Chromium at ${chromePath}: apt-get install chromium, or set CHROMIUM_PATH`);
build();
const server = await startServer();
let chrome;
try {
  const { cookie, pages } = await pickPages(server.url);
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  const rows = [];
  for (const target of pages.filter((one) => !onlyPages || onlyPages.includes(one.page))) {
    target.url = `${server.url}${target.path}`;
    for (const preset of presets) {
      const samples = [];
      for (let run = 1; run <= runs; run += 1) {
        const sample = await audit(chrome, target, preset, cookie);
        samples.push(sample);
        log(
          `${target.page}/${preset} run ${run}/${runs}: performance ${sample.performance}, accessibility ${sample.accessibility}, ` +
            `LCP ${sample.lcpMs} ms, TBT ${sample.tbtMs} ms, CLS ${sample.cls}, JS ${sample.jsKbGzip} KB (load ${load()})` +
            (sample.shifts.length ? `\n    shifts: ${sample.shifts.join(' | ')}` : ''),
        );
        if (target.signedIn && new URL(sample.finalUrl).pathname !== target.path)
          throw new Error(`${target.page} landed on ${sample.finalUrl}`);
      }
      const pick = (key) => median(samples.map((sample) => sample[key]));
      rows.push({
        page: target.page,
        preset,
        performance: Math.round(pick('performance')),
        accessibility: Math.round(pick('accessibility')),
        lcpMs: Math.round(pick('lcpMs')),
        tbtMs: Math.round(pick('tbtMs')),
        cls: Number(pick('cls').toFixed(3)),
        jsKbGzip: Math.round(pick('jsKbGzip')),
      });
    }
  }
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ pages: rows }, null, 2)}\n`);
  log(`median of ${runs} run(s) each written to ${out} in ${Math.round((Date.now() - started) / 1000)} s (load ${load()} at the end)`);
  console.table(rows);
} finally {
  await chrome?.kill();
  await server.stop();
}
