import { graphql } from '../../../test/support/gql';
import { subscribe, subscribeWhenListening } from '../../../test/support/live';
import { ChangeInitiativeStatus, VoteInitiative } from '../../../test/support/operations';
import { TestApp, type TestUser } from '../../../test/support/test-app';
import { initiativeTopic, notificationTopic } from './live-events.service';

const InitiativeUpdatedHistory = graphql(`
  subscription InitiativeUpdatedHistory($id: ID!) {
    initiativeUpdated(id: $id) {
      voteCount
      statusHistory {
        to
        note
      }
    }
  }
`);

const NotificationAdded = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      kind
      message
      initiative {
        id
      }
    }
  }
`);

const InitiativeUpdated = graphql(`
  subscription InitiativeUpdated($id: ID!) {
    initiativeUpdated(id: $id) {
      id
      voteCount
      status
    }
  }
`);

describe('subscriptions over graphql-ws (docs/api.md#live-updates)', () => {
  let app: TestApp;
  let url: string;
  let manager: TestUser;
  let author: TestUser;
  let customer: TestUser;
  let space: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    url = await app.listen();
    [manager, author, customer] = await Promise.all([
      app.make.user({ role: 'MANAGER' }),
      app.make.user({ role: 'EMPLOYEE' }),
      app.make.user({ role: 'CUSTOMER' }),
    ]);
    space = await app.make.space({ kind: 'COMMUNITY', access: 'OPEN' });
  });
  afterAll(() => app.close());

  it('pushes a new notification to its recipient, with the follow-up note, after the commit', async () => {
    const { id } = await app.make.initiative({ space, author, followers: [author] });
    const live = await subscribeWhenListening(
      app.topics,
      notificationTopic(author.id),
      url,
      NotificationAdded,
      {},
      { token: author.token },
    );
    const other = await subscribeWhenListening(
      app.topics,
      notificationTopic(customer.id),
      url,
      NotificationAdded,
      {},
      { token: customer.token },
    );
    await app
      .as(manager)
      .send(ChangeInitiativeStatus, { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'Looking at it this week.' } });
    const event = await live.next();
    expect(event.data?.notificationAdded).toMatchObject({ kind: 'STATUS_CHANGED', initiative: { id } });
    expect(event.data?.notificationAdded.message).toContain('Looking at it this week.');

    // Events come in order: the customer's first one is what was meant for them, nothing of the author's.
    const theirs = await app.make.initiative({ space, author, followers: [customer] });
    await app
      .as(manager)
      .send(ChangeInitiativeStatus, { input: { initiativeId: theirs.id, status: 'UNDER_REVIEW', note: 'For the customer.' } });
    expect((await other.next()).data?.notificationAdded.initiative).toEqual({ id: theirs.id });
    await live.close();
    await other.close();
  });

  it('pushes initiative updates to those who may see it, and refuses hidden ones', async () => {
    const { id } = await app.make.initiative({ space, author });
    const live = await subscribeWhenListening(
      app.topics,
      initiativeTopic(id),
      url,
      InitiativeUpdated,
      { id },
      { cookie: `rc_session=${customer.token}` },
    );
    await app.as(author).send(VoteInitiative, { initiativeId: id });
    const event = await live.next();
    expect(event.data?.initiativeUpdated).toEqual({ id, voteCount: 1, status: 'SUBMITTED' });
    await live.close();

    const internal = await app.make.space({ kind: 'INTERNAL', access: 'OPEN' });
    const secret = await app.make.initiative({ space: internal, author });
    const refused = subscribe(url, InitiativeUpdated, { id: secret.id }, { token: customer.token });
    // The source stream is refused: one result carrying the error, then the end.
    expect(await refused.next()).toHaveErrorCode('NOT_FOUND');
    await refused.ended;
  });

  it('reads each update afresh: what one event loaded is not served again with the next', async () => {
    const { id } = await app.make.initiative({ space, author });
    const live = await subscribeWhenListening(
      app.topics,
      initiativeTopic(id),
      url,
      InitiativeUpdatedHistory,
      { id },
      { token: customer.token },
    );
    await app.as(author).send(VoteInitiative, { initiativeId: id });
    expect((await live.next()).data?.initiativeUpdated).toEqual({ voteCount: 1, statusHistory: [] });
    await app.as(manager).send(ChangeInitiativeStatus, { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'On the list.' } });
    expect((await live.next()).data?.initiativeUpdated.statusHistory).toEqual([{ to: 'UNDER_REVIEW', note: 'On the list.' }]);
    await live.close();
  });

  it('does not announce what a failed mutation rolled back', async () => {
    const { id } = await app.make.initiative({ space, author, status: 'DECLINED' });
    const live = await subscribeWhenListening(app.topics, initiativeTopic(id), url, InitiativeUpdated, { id }, { token: manager.token });
    await expect(app.as(customer).send(VoteInitiative, { initiativeId: id })).rejects.toHaveErrorCode('BAD_USER_INPUT');
    // Events come in order: the first one is the reopening, so the refused vote announced nothing.
    await app.as(manager).send(ChangeInitiativeStatus, { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'Reopened.' } });
    expect((await live.next()).data?.initiativeUpdated).toEqual({ id, voteCount: 0, status: 'UNDER_REVIEW' });
    await live.close();
  });

  it('refuses a socket without a live session', async () => {
    const anonymous = subscribe(url, NotificationAdded, {}, {});
    await anonymous.ended;
    expect(String((anonymous.failure() as { code?: number })?.code ?? JSON.stringify(anonymous.failure()))).toMatch(/4403|Forbidden/);
    const revoked = subscribe(url, NotificationAdded, {}, { token: 'not-a-session' });
    await revoked.ended;
    expect(revoked.failure()).toBeTruthy();
  });
});
