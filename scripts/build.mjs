// Builds what is not built yet (Nx restores unchanged builds from its cache), for the commands that
// run compiled code: npm start, npm run seed, the benchmarks.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Builds `projects` (e.g. 'domain,api'); on failure prints the build's output and `hint`, and exits 1. */
export function buildOrExit(projects, { name, hint = 'fix it or run `npm ci` again', verbose = false }) {
  const result = spawnSync(
    join(root, 'node_modules/.bin/nx'),
    ['run-many', '-t', 'build', `--projects=${projects}`, '--outputStyle=static'],
    {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' },
      stdio: ['ignore', verbose ? 'inherit' : 'pipe', 'inherit'],
    },
  );
  if (result.status === 0) return;
  if (result.stdout) process.stderr.write(result.stdout);
  process.stderr.write(`${name}: the build failed (see above); ${hint}.\n`);
  process.exit(1);
}
