#!/usr/bin/env node
// `npm run seed -- --initiatives N --users N --votes N --comments N [--force]`: build the api if it is
// not built (Nx restores unchanged builds from its cache), then run the compiled seed on DATABASE_URL
// or the embedded database of `npm start`. It migrates first and never starts the HTTP server.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { buildOrExit } from './build.mjs';

const root = resolve(import.meta.dirname, '..');
const seed = join(root, 'api/dist/api/src/seed/main.js');

process.stderr.write('seed: checking the build…\n');
buildOrExit('domain,api', { name: 'seed' });
if (!existsSync(seed)) {
  process.stderr.write('seed: the build did not produce api/dist; run `npm run build` to see why.\n');
  process.exit(1);
}

const child = spawn(process.execPath, ['--enable-source-maps', seed, ...process.argv.slice(2)], {
  cwd: root,
  env: process.env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
