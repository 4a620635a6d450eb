import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import WebSocket from 'ws';

import { fuzzRequest, fuzzTargets, random, type FuzzRequest } from '../support/fuzz';
import { expect, test } from '../support/journey';

/**
 * 10,000 malformed requests against the built server (issue 13): every operation of schema.gql with hostile
 * arguments, as anonymous, a customer and an admin, plus broken bodies and documents. Nothing a client sends may
 * be answered INTERNAL_SERVER_ERROR or 5xx, every error carries a code, and memory comes back down after a GC.
 */
const REQUESTS = 10_000;
const CONCURRENCY = 16;
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Forces a full garbage collection in the server through its inspector (Chrome DevTools protocol). */
async function collectGarbage(inspectorPort: number): Promise<void> {
  const [target] = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const done = new Promise((resolve) => socket.once('message', resolve));
  socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
  await done;
  socket.close();
}

const rssMegabytes = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

interface Failure {
  request: FuzzRequest;
  status: number;
  answer: string;
}

test('10,000 malformed requests: no INTERNAL_SERVER_ERROR, no 5xx, a code on every error, memory back down', async ({
  journeys,
}, testInfo) => {
  test.setTimeout(240_000);
  const inspectorPort = await freePort();
  const { server, make } = await journeys.forFile(testInfo.file, {
    TRUST_PROXY: '1',
    NODE_OPTIONS: `--inspect=127.0.0.1:${inspectorPort} --max-old-space-size=256`,
  });
  const [admin, customer] = await Promise.all([make.user({ role: 'ADMIN' }), make.user({ role: 'CUSTOMER' })]);
  const space = await make.space({ kind: 'COMMUNITY', access: 'OPEN' });
  await make.initiative({ space, author: customer });
  const tokens = [undefined, admin.token, customer.token];

  const targets = fuzzTargets();
  const rng = random(SEED);
  const requests = Array.from({ length: REQUESTS }, () => ({
    request: fuzzRequest(targets, rng),
    token: rng.pick(tokens),
    n: rng.int(1e9),
  }));
  const failures: Failure[] = [];
  let codes = 0;
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const { request, token, n } = requests[next++];
      const headers: Record<string, string> = {
        'Content-Type': request.contentType,
        'X-Forwarded-For': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`, // sign-in limits stay out of the way
      };
      if (token) headers.Authorization = `Bearer ${token}`;
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: request.body });
      const answer = await response.text();
      let errors: { extensions?: { code?: string } }[] = [];
      try {
        errors = (JSON.parse(answer) as { errors?: typeof errors }).errors ?? [];
      } catch {
        failures.push({ request, status: response.status, answer: `not JSON: ${answer.slice(0, 200)}` });
        continue;
      }
      const uncoded = errors.some((error) => !error.extensions?.code);
      const internal = errors.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
      codes += errors.length;
      if (response.status >= 500 || internal || uncoded) failures.push({ request, status: response.status, answer: answer.slice(0, 400) });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  const report = failures
    .slice(0, 10)
    .map((failure) => `${failure.status} ${failure.request.body.slice(0, 300)}\n  → ${failure.answer}`)
    .join('\n');
  expect(failures.length, `${failures.length} bad answers (seed ${SEED}), the first ones:\n${report}`).toBe(0);
  expect(codes).toBeGreaterThan(REQUESTS / 2); // the fuzzer did reach the server's refusals

  // Still serving, and the memory it took comes back.
  expect((await fetch(`${server.url}/health`)).status).toBe(200);
  await collectGarbage(inspectorPort);
  const rss = rssMegabytes(server.pid ?? 0);
  testInfo.annotations.push({ type: 'rss', description: `${rss.toFixed(0)} MB after ${REQUESTS} requests and a GC` });
  expect(rss).toBeLessThan(300);
});
