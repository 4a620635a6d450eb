#!/usr/bin/env node
// `npm test`: every tier, in order, stopping at the first failure:
//   1. unit + integration (domain, api on real PostgreSQL, web components)
//   2. browser end-to-end (Debian's Chromium against the built server)
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const nx = join(root, 'node_modules/.bin/nx');
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' };
const tiers = [
  ['unit and integration tests', ['run-many', '-t', 'test', '--projects=domain,api,web', '--outputStyle=static']],
  ['browser end-to-end tests', ['run', 'e2e:e2e', '--outputStyle=static']],
];

const started = Date.now();
for (const [name, args] of tiers) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const result = spawnSync(nx, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`\nnpm test: ${name} failed\n`);
    process.exit(result.status ?? 1);
  }
}
process.stdout.write(`\nnpm test: every tier passed in ${Math.round((Date.now() - started) / 1000)} s\n`);
