import { createClient } from 'graphql-ws';
import { connect } from 'node:net';
import WebSocket from 'ws';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether a Redis answers at REDIS_URL (this machine runs one; a bare laptop may not). */
async function redisAnswers(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('REDIS_URL: two API instances serve one audience', () => {
  let available = false;
  let first: TestApp;
  let second: TestApp;
  let firstUrl: string;
  let author: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    available = await redisAnswers();
    if (!available) return;
    first = await TestApp.start({ REDIS_URL });
    second = await first.sibling({ REDIS_URL });
    firstUrl = await first.listen();
    [author, manager] = await Promise.all([first.user('EMPLOYEE'), first.user('MANAGER')]);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('delivers on one instance what happened on the other', async () => {
    if (!available) {
      console.warn(`no Redis at ${REDIS_URL}: the fan-out test did not run`);
      return;
    }
    const space = await first.space('COMMUNITY', 'OPEN');
    const id = await first.initiative(space.id, author);
    await first.db.query('INSERT INTO follows (initiative_id, user_id) VALUES ($1, $2)', [id, author.id]);
    const client = createClient({
      url: `${firstUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${author.token}` },
      retryAttempts: 0,
    });
    const received = new Promise<{ data?: { notificationAdded?: { message: string } } | null }>((resolve, reject) => {
      client.subscribe<{ notificationAdded?: { message: string } }>(
        { query: 'subscription { notificationAdded { message } }' },
        { next: (value) => resolve({ data: value.data }), error: reject, complete: () => undefined },
      );
    });
    await new Promise((r) => setTimeout(r, 500));
    // The answer is given through the second instance.
    await second.ok('mutation($input: ChangeStatusInput!) { changeInitiativeStatus(input: $input) { id } }', { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'Answered from the other instance.' } }, manager.token);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('nothing arrived through Redis')), 5000)));
    const event = await Promise.race([received, timeout]).finally(() => clearTimeout(timer));
    expect(event.data?.notificationAdded?.message).toContain('Answered from the other instance.');
    await client.dispose();
  });
});
