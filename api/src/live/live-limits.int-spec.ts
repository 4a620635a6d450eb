import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { graphql } from '../../../test/support/gql';
import { TopicWatch, within } from '../../../test/support/live';
import { TestApp, type TestUser } from '../../../test/support/test-app';
import { MAX_SOCKETS_PER_PERSON, MAX_SUBSCRIPTIONS_PER_SOCKET } from './live-connections';
import { LiveEventsService, notificationTopic } from './live-events.service';

const SignOutNow = graphql(`
  mutation SignOutNow {
    signOut
  }
`);

const NOTIFICATIONS = print(
  graphql(`
    subscription NotificationsForLimits {
      notificationAdded {
        id
      }
    }
  `),
);

interface Socket {
  client: Client;
  /** Settles with the close code when the server closes the socket. */
  closed: Promise<number>;
  opened: Promise<void>;
}

function openSocket(baseUrl: string, token: string, headers: Record<string, string> = {}): Socket {
  let onClosed: (code: number) => void = () => undefined;
  let onOpened: () => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const opened = new Promise<void>((resolve) => (onOpened = resolve));
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { connected: () => onOpened(), closed: (event) => onClosed((event as { code: number }).code) },
  });
  return { client, closed, opened };
}

/** Subscribes on a socket; resolves with the errors if the server refuses the operation. */
function subscribeOn(socket: Socket): { errors: Promise<unknown>; stop: () => void } {
  let stop: () => void = () => undefined;
  const errors = new Promise<unknown>((resolve) => {
    stop = socket.client.subscribe({ query: NOTIFICATIONS }, { next: () => undefined, error: resolve, complete: () => undefined });
  });
  return { errors, stop };
}

describe('live connections: limits, origin and revocation', () => {
  let app: TestApp;
  let baseUrl: string;
  const sockets: Socket[] = [];
  const open = (token: string, headers: Record<string, string> = {}) => {
    const socket = openSocket(baseUrl, token, headers);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    app = await TestApp.start({}, { liveSessionCheckMs: 200 });
    baseUrl = await app.listen();
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.client.dispose()));
  });
  afterAll(() => app.close());

  it('refuses a socket opened from another site with the session, and takes one from its own', async () => {
    const person = await app.make.user();
    const foreign = open(person.token, { origin: 'https://evil.example.com' });
    expect(await within(foreign.closed, 'the foreign socket was not closed')).toBe(4403);
    const own = open(person.token, { origin: baseUrl });
    await within(own.opened, 'the same-origin socket did not open');
  });

  it(`lets a person hold ${MAX_SOCKETS_PER_PERSON} sockets and closes a sixth`, async () => {
    const person: TestUser = await app.make.user();
    const held = Array.from({ length: MAX_SOCKETS_PER_PERSON }, () => open(person.token));
    await within(Promise.all(held.map((socket) => socket.opened)), 'the sockets did not open');
    expect(await within(open(person.token).closed, 'the sixth socket was not closed')).toBe(4429);
  });

  it(`refuses subscription ${MAX_SUBSCRIPTIONS_PER_SOCKET + 1} on one socket with RATE_LIMITED`, async () => {
    const person = await app.make.user();
    const socket = open(person.token);
    await within(socket.opened, 'the socket did not open');
    const listeners = () => app.app.get(LiveEventsService).subscriberCount(notificationTopic(person.id));
    const kept = Array.from({ length: MAX_SUBSCRIPTIONS_PER_SOCKET }, () => subscribeOn(socket));
    await within(
      (async () => {
        while (listeners() < MAX_SUBSCRIPTIONS_PER_SOCKET) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      'the server did not register the subscriptions',
    );
    const refused = await within(subscribeOn(socket).errors, 'the extra subscription was not refused');
    expect(refused).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) })]);
    // Completing unregisters at once, without waiting for an event on the topic.
    for (const subscription of kept) subscription.stop();
    await within(
      (async () => {
        while (listeners() > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      'completed subscriptions stayed registered',
    );
  });

  it('closes the sockets of a session as soon as it is signed out', async () => {
    const person = await app.make.user();
    const socket = open(person.token);
    await within(socket.opened, 'the socket did not open');
    await app.as(person).send(SignOutNow);
    expect(await within(socket.closed, 'the socket stayed open after sign-out', 3000)).toBe(4403);
  });

  it('closes the sockets of a deactivated person and of one whose role changed', async () => {
    const gone = await app.make.user();
    const promoted = await app.make.user();
    const goneSocket = open(gone.token);
    const promotedSocket = open(promoted.token);
    await within(Promise.all([goneSocket.opened, promotedSocket.opened]), 'the sockets did not open');
    await app.db.query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [gone.id]);
    await app.db.query(`UPDATE users SET role = 'MANAGER' WHERE id = $1`, [promoted.id]);
    expect(await within(goneSocket.closed, 'the deactivated person kept listening', 3000)).toBe(4403);
    expect(await within(promotedSocket.closed, 'the socket kept its old role', 3000)).toBe(4403);
  });

  it('answers a document it refuses over the socket with the code HTTP would give', async () => {
    const person = await app.make.user();
    const socket = open(person.token);
    await within(socket.opened, 'the socket did not open');
    const unknownField = new Promise<unknown>((resolve) => {
      socket.client.subscribe(
        { query: 'subscription { notificationAdded { passwordHash } }' },
        { next: () => undefined, error: resolve, complete: () => undefined },
      );
    });
    expect(await within(unknownField, 'the document was not refused')).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }) }),
    ]);
  });

  it('holds a document sent over the socket to the limits HTTP holds it to, and refuses a bad one without closing the socket', async () => {
    const person = await app.make.user();
    const socket = open(person.token);
    await within(socket.opened, 'the socket did not open');
    const refusal = (query: string) =>
      within(
        new Promise<unknown>((resolve) => {
          socket.client.subscribe({ query }, { next: () => undefined, error: resolve, complete: () => undefined });
        }),
        'the document was not refused',
      );
    // Twelve levels, following each merged initiative into the next (the limit is 10).
    const deep = `subscription { notificationAdded { initiative { ${'mergedInto { '.repeat(10)}id${' }'.repeat(10)} } } }`;
    const aliased = `subscription { notificationAdded { ${Array.from({ length: 31 }, (_, n) => `a${n}: id`).join(' ')} } }`;
    const flooded = `subscription { notificationAdded { ${'id '.repeat(1000)} } }`;
    expect(await refusal(deep)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('levels deep'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);
    expect(await refusal(aliased)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('aliases'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);
    expect(await refusal('subscription { notificationAdded {')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('Syntax Error'), extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
    ]);
    expect(await refusal(flooded)).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
    // Each refusal ended its own operation only: the socket still serves a good one.
    const listening = new TopicWatch(app.app.get(LiveEventsService)).nextListener(notificationTopic(person.id));
    subscribeOn(socket);
    await within(listening, 'the socket no longer served a good subscription');
  });

  it('tells open sockets the server is going away (1001) when it shuts down', async () => {
    const other = await TestApp.start();
    try {
      const person = await other.make.user();
      const socket = openSocket(await other.listen(), person.token);
      await within(socket.opened, 'the socket did not open');
      const closing = other.app.close();
      expect(await within(socket.closed, 'the socket was not closed at shutdown')).toBe(1001);
      await closing;
      await socket.client.dispose();
    } finally {
      await other.close().catch(() => undefined);
    }
  });
});
