import { subscribe, subscribeWhenListening } from '../../../test/support/live';
import { TestApp, type TestUser } from '../../../test/support/test-app';
import { initiativeTopic, notificationTopic } from './live-events.service';

type NotificationEvent = { notificationAdded: { kind: string; message: string; initiative: { id: string } } };
type UpdateEvent = { initiativeUpdated: { id: string; voteCount: number; status: string } };

const NOTIFICATIONS = 'subscription { notificationAdded { kind message initiative { id } } }';
const UPDATES = 'subscription($id: ID!) { initiativeUpdated(id: $id) { id voteCount status } }';
const CHANGE_STATUS = 'mutation($input: ChangeStatusInput!) { changeInitiativeStatus(input: $input) { id } }';

describe('subscriptions over graphql-ws (DESIGN.md §5)', () => {
  let app: TestApp;
  let url: string;
  let manager: TestUser;
  let author: TestUser;
  let customer: TestUser;
  let space: { id: string };

  const follow = (initiativeId: string, user: TestUser) => app.db.query('INSERT INTO follows (initiative_id, user_id) VALUES ($1, $2)', [initiativeId, user.id]);

  beforeAll(async () => {
    app = await TestApp.start();
    url = await app.listen();
    [manager, author, customer] = await Promise.all([app.user('MANAGER'), app.user('EMPLOYEE'), app.user('CUSTOMER')]);
    space = await app.space('COMMUNITY', 'OPEN');
  });
  afterAll(() => app.close());

  it('pushes a new notification to its recipient, with the follow-up note, after the commit', async () => {
    const id = await app.initiative(space.id, author);
    await follow(id, author);
    const live = await subscribeWhenListening<NotificationEvent, Record<string, never>>(app.topics, notificationTopic(author.id), url, NOTIFICATIONS, {}, { token: author.token });
    const other = await subscribeWhenListening<NotificationEvent, Record<string, never>>(app.topics, notificationTopic(customer.id), url, NOTIFICATIONS, {}, { token: customer.token });
    await app.ok(CHANGE_STATUS, { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'Looking at it this week.' } }, manager.token);
    const event = await live.next();
    expect(event.data?.notificationAdded).toMatchObject({ kind: 'STATUS_CHANGED', initiative: { id } });
    expect(event.data?.notificationAdded.message).toContain('Looking at it this week.');

    // Events come in order: the customer's first one is what was meant for them, nothing of the author's.
    const theirs = await app.initiative(space.id, author);
    await follow(theirs, customer);
    await app.ok(CHANGE_STATUS, { input: { initiativeId: theirs, status: 'UNDER_REVIEW', note: 'For the customer.' } }, manager.token);
    expect((await other.next()).data?.notificationAdded.initiative).toEqual({ id: theirs });
    await live.close();
    await other.close();
  });

  it('pushes initiative updates to those who may see it, and refuses hidden ones', async () => {
    const id = await app.initiative(space.id, author);
    const live = await subscribeWhenListening<UpdateEvent, { id: string }>(app.topics, initiativeTopic(id), url, UPDATES, { id }, { cookie: `rc_session=${customer.token}` });
    await app.ok('mutation($id: ID!) { voteInitiative(initiativeId: $id) { id } }', { id }, author.token);
    const event = await live.next();
    expect(event.data?.initiativeUpdated).toEqual({ id, voteCount: 1, status: 'SUBMITTED' });
    await live.close();

    const internal = await app.space('INTERNAL', 'OPEN');
    const secret = await app.initiative(internal.id, author);
    const refused = subscribe<UpdateEvent, { id: string }>(url, UPDATES, { id: secret }, { token: customer.token });
    // The source stream is refused: one result carrying the error, then the end.
    const result = await refused.next();
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await refused.ended;
  });

  it('does not announce what a failed mutation rolled back', async () => {
    const id = await app.initiative(space.id, author);
    await app.db.query(`UPDATE initiatives SET status = 'DECLINED' WHERE id = $1`, [id]);
    const live = await subscribeWhenListening<UpdateEvent, { id: string }>(app.topics, initiativeTopic(id), url, UPDATES, { id }, { token: manager.token });
    expect(await app.code('mutation($id: ID!) { voteInitiative(initiativeId: $id) { id } }', { id }, customer.token)).toBe('BAD_USER_INPUT');
    // Events come in order: the first one is the reopening, so the refused vote announced nothing.
    await app.ok(CHANGE_STATUS, { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'Reopened.' } }, manager.token);
    expect((await live.next()).data?.initiativeUpdated).toEqual({ id, voteCount: 0, status: 'UNDER_REVIEW' });
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
