#!/usr/bin/env node
// `npm run dev`: the API recompiled on change and restarted (node --watch) on :3000, and the Vite dev
// server on :5173 proxying /graphql to it. Ctrl-C stops all three.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
// A workspace may keep its own copy of a tool (web/node_modules/.bin/vite); prefer it.
const bin = (name, workspace = '.') =>
  [join(root, workspace, 'node_modules/.bin', name), join(root, 'node_modules/.bin', name)].find((path) => existsSync(path));
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' };

const first = spawnSync(bin('nx'), ['run', 'api:build', '--outputStyle=static'], { cwd: root, env, stdio: 'inherit' });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  spawn(bin('tsc'), ['-p', 'api/tsconfig.build.json', '--watch', '--preserveWatchOutput'], { cwd: root, env, stdio: 'inherit' }),
  spawn(process.execPath, ['--enable-source-maps', '--watch-path=api/dist', 'api/dist/api/src/main.js'], {
    cwd: root,
    env,
    stdio: 'inherit',
  }),
  spawn(bin('vite', 'web'), ['--config', 'vite.config.ts'], { cwd: join(root, 'web'), env, stdio: 'inherit' }),
];
const stopAll = (signal) => children.forEach((child) => child.exitCode === null && child.kill(signal));
process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
for (const child of children) {
  child.on('exit', (code) => code && code !== 0 && stopAll('SIGTERM'));
  child.on('error', (error) => {
    process.stderr.write(`dev: ${error.message}\n`);
    stopAll('SIGTERM');
  });
}
