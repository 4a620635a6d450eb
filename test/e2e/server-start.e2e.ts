import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';

import { expect, test } from '../support/journey';
import { createTestDatabase } from '../support/test-database';

/** `npm start`'s server as an operator meets it: bad settings, the embedded database, kill -9. */
const ROOT = resolve(__dirname, '../..');
const MAIN = resolve(ROOT, 'api/dist/api/src/main.js');

function runToExit(env: Record<string, string>): { status: number | null; stderr: string; stdout: string } {
  const result = spawnSync(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

const oneClearLine = (stderr: string) => {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^red-chair: /);
  expect(stderr).not.toMatch(/\n\s+at /);
};

async function listenOnFreePort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '0.0.0.0', () => r()));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0 };
}

const BAD_SETTINGS: [string, Record<string, string>, RegExp][] = [
  ['PORT=abc', { PORT: 'abc' }, /PORT=abc is not a port number/],
  ['an unparsable DATABASE_URL', { DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
  ['an unreachable database', { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nothing' }, /cannot reach PostgreSQL at 127\.0\.0\.1:1/],
];

test.describe('starting the server', () => {
  for (const [name, env, message] of BAD_SETTINGS) {
    test(`exits non-zero with one clear line for ${name}`, () => {
      const result = runToExit(env);
      expect(result.status).not.toBe(0);
      oneClearLine(result.stderr);
      expect(result.stderr).toMatch(message);
    });
  }

  test('exits non-zero with one clear line when the port is in use', async () => {
    const { server, port } = await listenOnFreePort();
    const database = await createTestDatabase();
    try {
      const result = runToExit({ PORT: String(port), DATABASE_URL: database.url });
      expect(result.status).not.toBe(0);
      oneClearLine(result.stderr);
      expect(result.stderr).toMatch(new RegExp(`port ${port} is already in use`));
    } finally {
      server.close();
      await database.drop();
    }
  });

  test.describe('on the embedded database', () => {
    const dataDir = resolve(ROOT, `.data/postgres-e2e-${process.pid}`);
    test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    const start = async () => {
      const { server, port } = await listenOnFreePort();
      server.close();
      const output: string[] = [];
      const child = spawn(process.execPath, [MAIN], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: '', PORT: String(port), EMBEDDED_PG_DIR: dataDir, DEMO_DATA: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (c: Buffer) => output.push(c.toString()));
      child.stderr.on('data', (c: Buffer) => output.push(c.toString()));
      const url = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 60_000;
      while (
        !(await fetch(`${url}/health`)
          .then((r) => r.ok)
          .catch(() => false))
      ) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output.join('')}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      return { child, url, output };
    };
    const postgresPid = () => Number(readFileSync(resolve(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };

    test('starts with demo data, survives kill -9, and stops cleanly', async () => {
      test.setTimeout(180_000); // two cold starts of embedded PostgreSQL
      const first = await start();
      expect(first.output.join('')).toMatch(/customer@redchair\.test/);
      const signIn = await fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation { signIn(input: { email: "customer@redchair.test", password: "RedChair-demo-2026" }) { user { role } } }',
        }),
      }).then((r) => r.json() as Promise<{ data: { signIn: { user: { role: string } } } }>);
      expect(signIn.data.signIn.user.role).toBe('CUSTOMER');

      // kill -9 leaves postgres running and holding postmaster.pid …
      const orphan = postgresPid();
      first.child.kill('SIGKILL');
      await new Promise((r) => first.child.once('exit', r));
      expect(alive(orphan)).toBe(true);

      // … and the next start recovers by itself, with the data kept.
      const second = await start();
      expect(alive(orphan)).toBe(false);
      const admin = await fetch(`${second.url}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation { signIn(input: { email: "admin@redchair.test", password: "RedChair-demo-2026" }) { token } }',
        }),
      }).then((r) => r.json() as Promise<{ data: { signIn: { token: string } } }>);
      expect(admin.data.signIn.token).toBeTruthy();

      const running = postgresPid();
      second.child.kill('SIGTERM');
      const code = await new Promise((r) => second.child.once('exit', r));
      expect(code).toBe(0);
      expect(alive(running)).toBe(false);
      expect(existsSync(resolve(dataDir, 'postmaster.pid'))).toBe(false);
    });
  });
});
