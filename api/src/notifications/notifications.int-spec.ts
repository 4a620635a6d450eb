import { TestApp, type TestUser } from '../../../test/support/test-app';

const CHANGE = 'mutation($input: ChangeStatusInput!) { changeInitiativeStatus(input: $input) { id } }';
const COMMENT = 'mutation($input: CommentInput!) { commentOnInitiative(input: $input) { id } }';
const FOLLOW = 'mutation($id: ID!) { followInitiative(initiativeId: $id) { id } }';
const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id kind message readAt initiative { id } actor { id } }
  }
  unreadNotificationCount
}`;

describe('notifications (DESIGN.md §5)', () => {
  let app: TestApp;
  let manager: TestUser;
  let author: TestUser;
  let follower: TestUser;
  let bystander: TestUser;

  beforeAll(async () => {
    app = await TestApp.start();
    [manager, author, follower, bystander] = await Promise.all([app.user('MANAGER'), app.user('EMPLOYEE'), app.user('CUSTOMER'), app.user('CUSTOMER')]);
  });
  afterAll(() => app.close());

  /** An initiative proposed through the API (so its author follows it) in a community space. */
  const propose = async (spaceId: string, as = author) =>
    (await app.ok('mutation($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { id } }', { input: { spaceId, title: 'Quieter music in stores', body: 'Please.', orientation: 'CUSTOMER' } }, as.token))
      .proposeInitiative.id as string;
  const inbox = async (user: TestUser, variables: Record<string, unknown> = {}) => (await app.ok(LIST, variables, user.token));

  it('tells the author and the followers of a status change, with the follow-up note, but not the manager', async () => {
    const space = await app.space('COMMUNITY', 'OPEN');
    const id = await propose(space.id);
    await app.ok(FOLLOW, { id }, follower.token);
    await app.ok(CHANGE, { input: { initiativeId: id, status: 'DECLINED', note: 'Music is chosen nationally; we asked for lower volume.' } }, manager.token);
    for (const person of [author, follower]) {
      const data = await inbox(person);
      expect(data.notifications.nodes[0]).toMatchObject({ kind: 'STATUS_CHANGED', readAt: null, initiative: { id }, actor: { id: manager.id } });
      expect(data.notifications.nodes[0].message).toContain('Music is chosen nationally; we asked for lower volume.');
    }
    expect((await inbox(manager)).notifications.totalCount).toBe(0);
    expect((await inbox(bystander)).notifications.totalCount).toBe(0);
  });

  it('tells followers about comments, never the commenter', async () => {
    const space = await app.space('COMMUNITY', 'OPEN');
    const id = await propose(space.id);
    const before = (await inbox(author)).unreadNotificationCount;
    await app.ok(COMMENT, { input: { initiativeId: id, body: 'I second this, the music is too loud' } }, follower.token);
    const data = await inbox(author);
    expect(data.unreadNotificationCount).toBe(before + 1);
    expect(data.notifications.nodes[0]).toMatchObject({ kind: 'COMMENTED', actor: { id: follower.id } });
    expect(data.notifications.nodes[0].message).toContain('I second this');
    const mine = await inbox(follower);
    expect(mine.notifications.nodes.some((n: { kind: string; initiative: { id: string } }) => n.kind === 'COMMENTED' && n.initiative.id === id)).toBe(false);
  });

  it('never tells someone who cannot see the initiative, nor a deactivated account', async () => {
    const club = await app.space('COMMUNITY', 'INVITE_ONLY', { members: [author, follower, bystander] });
    const id = await propose(club.id);
    await app.ok(FOLLOW, { id }, follower.token);
    await app.ok(FOLLOW, { id }, bystander.token);
    await app.db.query('DELETE FROM space_members WHERE space_id = $1 AND user_id = $2', [club.id, follower.id]);
    await app.db.query('UPDATE users SET deactivated_at = now() WHERE id = $1', [bystander.id]);
    await app.ok(CHANGE, { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'The club tests it next week.' } }, manager.token);
    const [{ count }] = await app.db.query('SELECT count(*)::int AS count FROM notifications WHERE initiative_id = $1', [id]);
    expect(count).toBe(1); // the author only
    await app.db.query('UPDATE users SET deactivated_at = NULL WHERE id = $1', [bystander.id]);
  });

  it('stops showing notifications about something the reader can no longer see', async () => {
    const club = await app.space('COMMUNITY', 'INVITE_ONLY', { members: [author, follower] });
    const id = await propose(club.id);
    await app.ok(FOLLOW, { id }, follower.token);
    await app.ok(CHANGE, { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'Soon.' } }, manager.token);
    const seen = await inbox(follower);
    expect(seen.notifications.nodes.some((n: { initiative: { id: string } }) => n.initiative?.id === id)).toBe(true);
    await app.db.query('DELETE FROM space_members WHERE space_id = $1 AND user_id = $2', [club.id, follower.id]);
    const after = await inbox(follower);
    expect(after.notifications.nodes.some((n: { initiative: { id: string } | null }) => n.initiative?.id === id)).toBe(false);
    expect(after.notifications.totalCount).toBe(seen.notifications.totalCount - 1);
    expect(after.unreadNotificationCount).toBe(seen.unreadNotificationCount - 1);
  });

  it('pages newest first, marks some or all read, and filters unread', async () => {
    const reader = await app.user('EMPLOYEE');
    const space = await app.space('INTERNAL', 'OPEN');
    const id = await propose(space.id, reader);
    for (const [status, note] of [['UNDER_REVIEW', 'one'], ['SELECTED', 'two'], ['IN_PROGRESS', 'three'], ['IMPLEMENTED', 'four']]) {
      await app.ok(CHANGE, { input: { initiativeId: id, status, note } }, manager.token);
    }
    const first = await inbox(reader, { first: 3 });
    expect(first.notifications.totalCount).toBe(4);
    expect(first.notifications.nodes[0].message).toContain('four');
    const rest = await inbox(reader, { first: 3, after: first.notifications.pageInfo.endCursor });
    expect(rest.notifications.nodes.map((n: { message: string }) => n.message.slice(-3))).toEqual(['one']);
    const marked = await app.ok('mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [first.notifications.nodes[0].id, 'not-a-uuid'] }, reader.token);
    expect(marked.markNotificationsRead).toBe(1);
    expect((await inbox(reader, { unreadOnly: true })).notifications.totalCount).toBe(3);
    // someone else cannot mark mine
    expect((await app.ok('mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }', { ids: [first.notifications.nodes[1].id] }, author.token)).markNotificationsRead).toBe(0);
    expect((await app.ok('mutation { markNotificationsRead }', {}, reader.token)).markNotificationsRead).toBe(3);
    expect((await inbox(reader)).unreadNotificationCount).toBe(0);
  });

  it('speaks the reader’s language', async () => {
    const reader = await app.user('EMPLOYEE');
    await app.db.query(`UPDATE users SET locale = 'fr' WHERE id = $1`, [reader.id]);
    const space = await app.space('INTERNAL', 'OPEN');
    const id = await propose(space.id, reader);
    await app.ok(CHANGE, { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'Nous regardons.' } }, manager.token);
    const data = await inbox(reader);
    expect(data.notifications.nodes[0].message).toMatch(/a passé « Quieter music in stores » au statut à l’étude\. Nous regardons\./);
  });

  it('takes a hidden or deleted comment’s words out of the notifications that quoted it', async () => {
    const space = await app.space('COMMUNITY', 'OPEN');
    const id = await propose(space.id);
    const posted = await app.ok('mutation($input: CommentInput!) { commentOnInitiative(input: $input) { id } }', { input: { initiativeId: id, body: 'Buy cheap watches at spam.example' } }, follower.token);
    const latest = async () => (await inbox(author)).notifications.nodes.find((n: { kind: string; initiative: { id: string } }) => n.kind === 'COMMENTED' && n.initiative.id === id);
    expect((await latest()).message).toContain('spam.example');
    await app.ok('mutation($id: ID!) { hideComment(id: $id) { id } }', { id: posted.commentOnInitiative.id }, manager.token);
    expect((await latest()).message).not.toContain('spam.example');
    await app.ok('mutation($id: ID!) { unhideComment(id: $id) { id } }', { id: posted.commentOnInitiative.id }, manager.token);
    expect((await latest()).message).toContain('spam.example');
    await app.ok('mutation($id: ID!) { deleteComment(id: $id) }', { id: posted.commentOnInitiative.id }, follower.token);
    expect((await latest()).message).toMatch(/commented on “Quieter music in stores”\.$/);
  });
});
