import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { TestApp, type TestUser } from '../../../test/support/test-app';

/** A graphql-ws client; `next()` resolves with the next event of one subscription. */
function subscribe(url: string, query: string, variables: Record<string, unknown>, auth: { token?: string; cookie?: string }) {
  const client: Client = createClient({
    url: url.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, auth.cookie ? { headers: { cookie: auth.cookie } } : {});
      }
    },
    connectionParams: auth.token ? { authorization: `Bearer ${auth.token}` } : undefined,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined, // reported through the subscription's error sink instead
  });
  const events: unknown[] = [];
  const waiters: ((value: unknown) => void)[] = [];
  let failure: unknown;
  const ended = new Promise<void>((resolve) => {
    client.subscribe(
      { query, variables },
      {
        next: (value) => (waiters.length ? waiters.shift()!(value) : events.push(value)),
        error: (error) => {
          failure = error;
          waiters.splice(0).forEach((wake) => wake({ error }));
          resolve();
        },
        complete: () => resolve(),
      },
    );
  });
  return {
    next: (timeoutMs = 5000) =>
      events.length
        ? Promise.resolve(events.shift())
        : new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('no event within the time limit')), timeoutMs);
            waiters.push((value) => {
              clearTimeout(timer);
              resolve(value);
            });
          }),
    /** True when nothing arrives within the time: for what must NOT be delivered. */
    silent: async (ms = 700) => {
      await new Promise((r) => setTimeout(r, ms));
      return events.length === 0;
    },
    failure: () => failure,
    ended,
    close: () => client.dispose(),
  };
}

const NOTIFICATIONS = 'subscription { notificationAdded { kind message initiative { id } } }';
const UPDATES = 'subscription($id: ID!) { initiativeUpdated(id: $id) { id voteCount status } }';

describe('subscriptions over graphql-ws (DESIGN.md §5)', () => {
  let app: TestApp;
  let url: string;
  let manager: TestUser;
  let author: TestUser;
  let customer: TestUser;
  let space: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    url = await app.listen();
    [manager, author, customer] = await Promise.all([app.user('MANAGER'), app.user('EMPLOYEE'), app.user('CUSTOMER')]);
    space = await app.space('COMMUNITY', 'OPEN');
  });
  afterAll(() => app.close());

  it('pushes a new notification to its recipient, with the follow-up note, after the commit', async () => {
    const id = await app.initiative(space.id, author);
    await app.db.query('INSERT INTO follows (initiative_id, user_id) VALUES ($1, $2)', [id, author.id]);
    const live = subscribe(url, NOTIFICATIONS, {}, { token: author.token });
    const other = subscribe(url, NOTIFICATIONS, {}, { token: customer.token });
    await new Promise((r) => setTimeout(r, 300)); // subscribed
    await app.ok('mutation($input: ChangeStatusInput!) { changeInitiativeStatus(input: $input) { id } }', { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'Looking at it this week.' } }, manager.token);
    const event = (await live.next()) as { data: { notificationAdded: { kind: string; message: string; initiative: { id: string } } } };
    expect(event.data.notificationAdded).toMatchObject({ kind: 'STATUS_CHANGED', initiative: { id } });
    expect(event.data.notificationAdded.message).toContain('Looking at it this week.');
    expect(await other.silent()).toBe(true);
    await live.close();
    await other.close();
  });

  it('pushes initiative updates to those who may see it, and refuses hidden ones', async () => {
    const id = await app.initiative(space.id, author);
    const live = subscribe(url, UPDATES, { id }, { cookie: `rc_session=${customer.token}` });
    await new Promise((r) => setTimeout(r, 300));
    await app.ok('mutation($id: ID!) { voteInitiative(initiativeId: $id) { id } }', { id }, author.token);
    const event = (await live.next()) as { data: { initiativeUpdated: { id: string; voteCount: number } } };
    expect(event.data.initiativeUpdated).toEqual({ id, voteCount: 1, status: 'SUBMITTED' });
    await live.close();

    const internal = await app.space('INTERNAL', 'OPEN');
    const secret = await app.initiative(internal.id, author);
    const refused = subscribe(url, UPDATES, { id: secret }, { token: customer.token });
    // The source stream is refused: one result carrying the error, then the end.
    const result = (await refused.next()) as { errors?: { extensions?: { code?: string } }[] };
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await refused.ended;
  });

  it('reads each update afresh: what one event loaded is not served again with the next', async () => {
    const id = await app.initiative(space.id, author);
    const query = 'subscription($id: ID!) { initiativeUpdated(id: $id) { voteCount statusHistory { to note } } }';
    const live = subscribe(url, query, { id }, { token: customer.token });
    await new Promise((r) => setTimeout(r, 300));
    await app.ok('mutation($id: ID!) { voteInitiative(initiativeId: $id) { id } }', { id }, author.token);
    type Update = { data: { initiativeUpdated: { voteCount: number; statusHistory: { to: string; note: string | null }[] } } };
    const voted = (await live.next()) as Update;
    expect(voted.data.initiativeUpdated).toEqual({ voteCount: 1, statusHistory: [] });
    await app.ok('mutation($input: ChangeStatusInput!) { changeInitiativeStatus(input: $input) { id } }', { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'On the list.' } }, manager.token);
    const answered = (await live.next()) as Update;
    expect(answered.data.initiativeUpdated.statusHistory).toEqual([{ to: 'UNDER_REVIEW', note: 'On the list.' }]);
    await live.close();
  });

  it('does not announce what a failed mutation rolled back', async () => {
    const id = await app.initiative(space.id, author);
    await app.db.query(`UPDATE initiatives SET status = 'DECLINED' WHERE id = $1`, [id]);
    const live = subscribe(url, UPDATES, { id }, { token: manager.token });
    await new Promise((r) => setTimeout(r, 300));
    expect(await app.code('mutation($id: ID!) { voteInitiative(initiativeId: $id) { id } }', { id }, customer.token)).toBe('BAD_USER_INPUT');
    expect(await live.silent()).toBe(true);
    await live.close();
  });

  it('refuses a socket without a live session', async () => {
    const anonymous = subscribe(url, NOTIFICATIONS, {}, {});
    await anonymous.ended;
    expect(String((anonymous.failure() as { code?: number })?.code ?? JSON.stringify(anonymous.failure()))).toMatch(/4403|Forbidden/);
    const revoked = subscribe(url, NOTIFICATIONS, {}, { token: 'not-a-session' });
    await revoked.ended;
    expect(revoked.failure()).toBeTruthy();
  });
});
