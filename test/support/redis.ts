import { connect } from 'node:net';

/** Where the fan-out test looks for Redis; the same variable the server reads. */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Set by global-setup: `up`, or why Redis cannot be used. Workers cannot probe before declaring tests. */
export const REDIS_STATE_ENV = 'RED_CHAIR_TEST_REDIS';

/** Set by CI (.ci/run): a missing Redis fails the fan-out test instead of skipping it. */
export const REQUIRE_REDIS_ENV = 'RED_CHAIR_TEST_REQUIRE_REDIS';

/** `up` when a Redis answers PING at `url` within the time, otherwise the reason it does not. */
export async function probeRedis(url: string = TEST_REDIS_URL, timeoutMs = 1000): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    const finish = (state: string) => {
      socket.destroy();
      resolve(state);
    };
    socket.setTimeout(timeoutMs, () => finish(`no answer from ${url} within ${timeoutMs} ms`));
    socket.once('error', (error) => finish(`no Redis at ${url} (${error.message})`));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (reply) =>
      finish(reply.toString().startsWith('+PONG') ? 'up' : `${url} answered PING with ${JSON.stringify(reply.toString().trim())}`),
    );
  });
}
