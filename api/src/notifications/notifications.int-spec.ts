import { graphql } from '../../../test/support/gql';
import type { InitiativeStatus, NotificationsQueryVariables } from '../../../test/support/gql/graphql';
import {
  ChangeInitiativeStatus,
  DeleteComment,
  FollowInitiative,
  HideComment,
  PostComment,
  Propose,
  UnhideComment,
} from '../../../test/support/operations';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const Notifications = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        kind
        message
        readAt
        initiative {
          id
        }
        actor {
          id
        }
      }
    }
    unreadNotificationCount
  }
`);

const MarkNotificationsRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

describe('notifications (docs/api.md#live-updates)', () => {
  let app: TestApp;
  let manager: TestUser;
  let author: TestUser;
  let follower: TestUser;
  let bystander: TestUser;

  beforeAll(async () => {
    app = await TestApp.start();
    [manager, author, follower, bystander] = await Promise.all([
      app.make.user({ role: 'MANAGER' }),
      app.make.user({ role: 'EMPLOYEE' }),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
    ]);
  });
  afterAll(() => app.close());

  /** An initiative proposed through the API (so its author follows it). */
  const propose = async (space: { id: string }, by = author) =>
    (
      await app
        .as(by)
        .send(Propose, { input: { spaceId: space.id, title: 'Quieter music in stores', body: 'Please.', orientation: 'CUSTOMER' } })
    ).proposeInitiative.id;
  const inbox = (user: TestUser, variables: NotificationsQueryVariables = {}) => app.as(user).send(Notifications, variables);
  const answer = (initiativeId: string, status: InitiativeStatus, note: string) =>
    app.as(manager).send(ChangeInitiativeStatus, { input: { initiativeId, status, note } });
  const follow = (initiativeId: string, user: TestUser) => app.as(user).send(FollowInitiative, { initiativeId });

  it('tells the author and the followers of a status change, with the follow-up note, but not the manager', async () => {
    const id = await propose(await app.make.space());
    await follow(id, follower);
    await answer(id, 'DECLINED', 'Music is chosen nationally; we asked for lower volume.');
    for (const person of [author, follower]) {
      const { notifications } = await inbox(person);
      expect(notifications.nodes[0]).toMatchObject({ kind: 'STATUS_CHANGED', readAt: null, initiative: { id }, actor: { id: manager.id } });
      expect(notifications.nodes[0].message).toContain('Music is chosen nationally; we asked for lower volume.');
    }
    expect((await inbox(manager)).notifications.totalCount).toBe(0);
    expect((await inbox(bystander)).notifications.totalCount).toBe(0);
  });

  it('tells followers about comments, never the commenter', async () => {
    const id = await propose(await app.make.space());
    const before = (await inbox(author)).unreadNotificationCount;
    await app.as(follower).send(PostComment, { input: { initiativeId: id, body: 'I second this, the music is too loud' } });
    const data = await inbox(author);
    expect(data.unreadNotificationCount).toBe(before + 1);
    expect(data.notifications.nodes[0]).toMatchObject({ kind: 'COMMENTED', actor: { id: follower.id } });
    expect(data.notifications.nodes[0].message).toContain('I second this');
    const mine = await inbox(follower);
    expect(mine.notifications.nodes.some((node) => node.kind === 'COMMENTED' && node.initiative?.id === id)).toBe(false);
  });

  it('never tells someone who cannot see the initiative, nor a deactivated account', async () => {
    const club = await app.make.space({ access: 'INVITE_ONLY', members: [author, follower, bystander] });
    const id = await propose(club);
    await follow(id, follower);
    await follow(id, bystander);
    await app.db.query('DELETE FROM space_members WHERE space_id = $1 AND user_id = $2', [club.id, follower.id]);
    await app.db.query('UPDATE users SET deactivated_at = now() WHERE id = $1', [bystander.id]);
    await answer(id, 'UNDER_REVIEW', 'The club tests it next week.');
    const [{ count }] = await app.db.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM notifications WHERE initiative_id = $1',
      [id],
    );
    expect(count).toBe(1); // the author only
    await app.db.query('UPDATE users SET deactivated_at = NULL WHERE id = $1', [bystander.id]);
  });

  it('stops showing notifications about something the reader can no longer see', async () => {
    const club = await app.make.space({ access: 'INVITE_ONLY', members: [author, follower] });
    const id = await propose(club);
    await follow(id, follower);
    await answer(id, 'UNDER_REVIEW', 'Soon.');
    const seen = await inbox(follower);
    expect(seen.notifications.nodes.some((node) => node.initiative?.id === id)).toBe(true);
    await app.db.query('DELETE FROM space_members WHERE space_id = $1 AND user_id = $2', [club.id, follower.id]);
    const after = await inbox(follower);
    expect(after.notifications.nodes.some((node) => node.initiative?.id === id)).toBe(false);
    expect(after.notifications.totalCount).toBe(seen.notifications.totalCount - 1);
    expect(after.unreadNotificationCount).toBe(seen.unreadNotificationCount - 1);
  });

  it('pages newest first, marks some or all read, and filters unread', async () => {
    const reader = await app.make.user();
    const id = await propose(await app.make.space({ kind: 'INTERNAL' }), reader);
    const moves: [InitiativeStatus, string][] = [
      ['UNDER_REVIEW', 'one'],
      ['SELECTED', 'two'],
      ['IN_PROGRESS', 'three'],
      ['IMPLEMENTED', 'four'],
    ];
    for (const [status, note] of moves) await answer(id, status, note);
    const first = await inbox(reader, { first: 3 });
    expect(first.notifications.totalCount).toBe(4);
    expect(first.notifications.nodes[0].message).toContain('four');
    const rest = await inbox(reader, { first: 3, after: first.notifications.pageInfo.endCursor });
    expect(rest.notifications.nodes.map((node) => node.message.slice(-3))).toEqual(['one']);
    const marked = await app.as(reader).send(MarkNotificationsRead, { ids: [first.notifications.nodes[0].id, 'not-a-uuid'] });
    expect(marked.markNotificationsRead).toBe(1);
    expect((await inbox(reader, { unreadOnly: true })).notifications.totalCount).toBe(3);
    // someone else cannot mark mine
    expect((await app.as(author).send(MarkNotificationsRead, { ids: [first.notifications.nodes[1].id] })).markNotificationsRead).toBe(0);
    expect((await app.as(reader).send(MarkNotificationsRead)).markNotificationsRead).toBe(3);
    expect((await inbox(reader)).unreadNotificationCount).toBe(0);
  });

  it('speaks the reader’s language', async () => {
    const reader = await app.make.user();
    await app.db.query(`UPDATE users SET locale = 'fr' WHERE id = $1`, [reader.id]);
    const id = await propose(await app.make.space({ kind: 'INTERNAL' }), reader);
    await answer(id, 'UNDER_REVIEW', 'Nous regardons.');
    const { notifications } = await inbox(reader);
    expect(notifications.nodes[0].message).toMatch(/a passé « Quieter music in stores » au statut à l’étude\. Nous regardons\./);
  });

  it('takes a hidden or deleted comment’s words out of the notifications that quoted it', async () => {
    const id = await propose(await app.make.space());
    const posted = (await app.as(follower).send(PostComment, { input: { initiativeId: id, body: 'Buy cheap watches at spam.example' } }))
      .commentOnInitiative;
    const latest = async () =>
      (await inbox(author)).notifications.nodes.find((node) => node.kind === 'COMMENTED' && node.initiative?.id === id)?.message;
    expect(await latest()).toContain('spam.example');
    await app.as(manager).send(HideComment, { id: posted.id });
    expect(await latest()).not.toContain('spam.example');
    await app.as(manager).send(UnhideComment, { id: posted.id });
    expect(await latest()).toContain('spam.example');
    await app.as(follower).send(DeleteComment, { id: posted.id });
    expect(await latest()).toMatch(/commented on “Quieter music in stores”\.$/);
  });
});
