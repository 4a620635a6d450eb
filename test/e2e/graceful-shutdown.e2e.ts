import { Pool } from 'pg';

import { expect, test } from '../support/journey';

/**
 * SIGTERM, as an orchestrator sends it during a deployment (issue 13): the server stops accepting at once,
 * lets the requests in flight finish, and exits 0. A sign-in slowed by the per-address limit is the request
 * in flight: its answer comes some seconds later, after the signal.
 */
test('SIGTERM refuses new connections, finishes the request in flight, then exits 0', async ({ journeys, serverEnv }, testInfo) => {
  const { server } = await journeys.forFile(testInfo.file, serverEnv);
  const pool = new Pool({ connectionString: server.databaseUrl, max: 1 });
  // 30 failures from this address: its next sign-in waits (30 - 20) × 250 ms = 2.5 s before it is answered.
  const expire = Date.now() + 10 * 60_000;
  await pool.query(
    `INSERT INTO rate_limits (key, points, expire) VALUES ('red-chair:sign-in-address:127.0.0.1', 30, $1), ('red-chair:sign-in-address:::ffff:127.0.0.1', 30, $1)`,
    [expire],
  );
  await pool.end();

  const started = Date.now();
  const inFlight = fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { signIn(input: { email: "nobody@example.test", password: "not-the-password" }) { token } }' }),
  });
  await new Promise((resolve) => setTimeout(resolve, 700)); // the request is being served
  const exitCode = server.signal('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await expect(fetch(`${server.url}/health`)).rejects.toThrow(); // nothing new gets in

  const answer = await inFlight;
  expect(answer.status).toBe(200);
  expect(await answer.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
  expect(await exitCode).toBe(0);
});
