#!/usr/bin/env node
// `npm start`: build what is not built yet (Nx restores unchanged builds from its cache), then run
// ONE server: the web app at /, GraphQL at /graphql, GET /health. Ctrl-C stops it cleanly.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { buildOrExit } from './build.mjs';
import { SERVER_NODE_FLAGS } from './server-node-flags.mjs';

const root = resolve(import.meta.dirname, '..');
const server = join(root, 'api/dist/api/src/main.js');

process.stdout.write('red-chair: checking the build (first start builds everything, about a minute)…\n');
buildOrExit('domain,api,web', { name: 'red-chair', verbose: Boolean(process.env.RED_CHAIR_VERBOSE_BUILD) });
if (!existsSync(server) || !existsSync(join(root, 'web/dist/index.html'))) {
  process.stderr.write('red-chair: the build did not produce api/dist or web/dist; run `npm run build` to see why.\n');
  process.exit(1);
}

const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, server], { cwd: root, env: process.env, stdio: 'inherit' });
// Forward signals (Ctrl-C in a terminal reaches the server too; it ignores the repeat) and wait for it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    child.kill(signal); // the server ignores a repeated signal while it is already stopping
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
