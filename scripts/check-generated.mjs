#!/usr/bin/env node
// Fails when a generated file is stale: api/schema.gql (printed from the code-first resolvers), the
// web app's typed operations in web/src/gql and the tests' in test/support/gql (graphql-codegen).
// Regenerates them, then asks git.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' };
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(join(root, 'node_modules/.bin/nx'), ['run', 'api:schema', '--outputStyle=static']);
run(join(root, 'node_modules/.bin/nx'), ['run', 'web:codegen', '--outputStyle=static']);
run(join(root, 'node_modules/.bin/nx'), ['run', 'e2e:codegen', '--outputStyle=static']);
const status = spawnSync('git', ['status', '--porcelain', '--', 'api/schema.gql', 'web/src/gql', 'test/support/gql'], {
  cwd: root,
  encoding: 'utf8',
});
if (status.stdout.trim()) {
  process.stderr.write(`generated files are out of date; run \`npm run codegen\` and commit:\n${status.stdout}`);
  process.exit(1);
}
process.stdout.write('generated files are up to date\n');
