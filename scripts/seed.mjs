#!/usr/bin/env node
// `npm run seed -- --initiatives N --users N --votes N --comments N [--force]`: build the api if it is
// not built (Nx restores unchanged builds from its cache), then run the compiled seed on DATABASE_URL
// or the embedded database of `npm start`. It migrates first and never starts the HTTP server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const seed = join(root, 'api/dist/api/src/seed/main.js');
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' };

process.stderr.write('seed: checking the build…\n');
const build = spawnSync(join(root, 'node_modules/.bin/nx'), ['run-many', '-t', 'build', '--projects=domain,api', '--outputStyle=static'], {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (build.status !== 0 || !existsSync(seed)) {
  if (build.stdout) process.stderr.write(build.stdout);
  process.stderr.write('seed: the build failed (see above); fix it or run `npm ci` again.\n');
  process.exit(1);
}

const child = spawn(process.execPath, ['--enable-source-maps', seed, ...process.argv.slice(2)], { cwd: root, env: process.env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
