import type { TestUser } from '../../../test/support/test-app';
import { UntypedTestApp as TestApp } from '../../../test/support/untyped-app';

const AUDIT = `query($first: Int, $after: String, $actorId: ID, $action: String) {
  auditLog(first: $first, after: $after, actorId: $actorId, action: $action) {
    nodes { id actor { id } action targetType targetId details at ip }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;

interface Entry {
  id: string;
  actor: { id: string } | null;
  action: string;
  targetType: string;
  targetId: string | null;
  details: string;
  at: string;
  ip: string | null;
}

describe('audit log (docs/api.md#administration)', () => {
  let app: TestApp;
  let admin: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.user('ADMIN');
    manager = await app.user('MANAGER');
  });
  afterAll(() => app.close());

  const entries = async (variables: Record<string, unknown> = {}): Promise<Entry[]> =>
    (await app.ok<{ auditLog: { nodes: Entry[] } }>(AUDIT, { first: 100, ...variables }, admin.token)).auditLog.nodes;
  const latest = async (): Promise<Entry> => (await entries({ first: 1 }))[0];

  it('records each administrative action with its actor, target, details and address, in its own transaction', async () => {
    const created = await app.ok(
      `mutation { createUser(input: { email: "new.person@example.test", password: "a-long-password", displayName: "New Person", role: EMPLOYEE }) { id } }`,
      {},
      admin.token,
    );
    const userId = created.createUser.id as string;
    expect(await latest()).toMatchObject({ actor: { id: admin.id }, action: 'USER_CREATED', targetType: 'USER', targetId: userId, ip: expect.stringMatching(/\d/) });
    expect(JSON.parse((await latest()).details)).toEqual({ email: 'new.person@example.test', role: 'EMPLOYEE' });

    const space = await app.ok(
      `mutation { createSpace(input: { name: "Silver Lab", slug: "silver-lab", kind: COMMUNITY, access: INVITE_ONLY }) { id } }`,
      {},
      admin.token,
    );
    const spaceId = space.createSpace.id as string;
    expect(await latest()).toMatchObject({ action: 'SPACE_CREATED', targetType: 'SPACE', targetId: spaceId });

    const member = `($s: ID!, $u: ID!) { %s(spaceId: $s, userId: $u) { id } }`;
    await app.ok(`mutation${member.replace('%s', 'addSpaceMember')}`, { s: spaceId, u: userId }, manager.token);
    expect(await latest()).toMatchObject({ actor: { id: manager.id }, action: 'MEMBER_ADDED', targetId: spaceId });
    expect(JSON.parse((await latest()).details)).toEqual({ userId });
    await app.ok(`mutation${member.replace('%s', 'removeSpaceMember')}`, { s: spaceId, u: userId }, manager.token);
    expect(await latest()).toMatchObject({ action: 'MEMBER_REMOVED', targetId: spaceId });

    await app.ok(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: userId }, admin.token);
    expect(await latest()).toMatchObject({ action: 'USER_DEACTIVATED', targetId: userId });
  });

  it('records the moderation, answers and recognition of initiatives', async () => {
    const employee = await app.user('EMPLOYEE');
    const space = await app.space('INTERNAL', 'OPEN');
    const idea = await app.initiative(space.id, employee);
    const duplicate = await app.initiative(space.id, employee);

    await app.ok(`mutation($id: ID!) { changeInitiativeStatus(input: { initiativeId: $id, status: UNDER_REVIEW, note: "Looking" }) { id } }`, { id: idea }, manager.token);
    expect(await latest()).toMatchObject({ action: 'STATUS_CHANGED', targetType: 'INITIATIVE', targetId: idea });
    expect(JSON.parse((await latest()).details)).toEqual({ from: 'SUBMITTED', to: 'UNDER_REVIEW', note: 'Looking' });

    await app.ok(`mutation($s: ID!, $t: ID!) { mergeInitiatives(input: { sourceId: $s, targetId: $t, note: "Same idea" }) { id } }`, { s: duplicate, t: idea }, manager.token);
    expect(await latest()).toMatchObject({ action: 'INITIATIVES_MERGED', targetId: duplicate });
    expect(JSON.parse((await latest()).details)).toMatchObject({ targetId: idea });

    const comment = await app.ok(`mutation($id: ID!) { commentOnInitiative(input: { initiativeId: $id, body: "Hello" }) { id } }`, { id: idea }, employee.token);
    const commentId = comment.commentOnInitiative.id as string;
    await app.ok(`mutation($id: ID!) { hideComment(id: $id) { id } }`, { id: commentId }, manager.token);
    expect(await latest()).toMatchObject({ action: 'COMMENT_HIDDEN', targetType: 'COMMENT', targetId: commentId });
    await app.ok(`mutation($id: ID!) { unhideComment(id: $id) { id } }`, { id: commentId }, manager.token);
    expect(await latest()).toMatchObject({ action: 'COMMENT_UNHIDDEN', targetId: commentId });

    const award = await app.ok(`mutation { createAward(input: { name: "Customer first", description: "For the best" }) { id } }`, {}, manager.token);
    const awardId = award.createAward.id as string;
    expect(await latest()).toMatchObject({ action: 'AWARD_CREATED', targetType: 'AWARD', targetId: awardId });
    const grant = await app.ok(
      `mutation($a: ID!, $i: ID!) { grantAward(input: { awardId: $a, initiativeId: $i, citation: "It changed our shops" }) { id } }`,
      { a: awardId, i: idea },
      manager.token,
    );
    const grantId = grant.grantAward.id as string;
    expect(await latest()).toMatchObject({ action: 'AWARD_GRANTED', targetType: 'AWARD_GRANT', targetId: grantId });
    await app.ok(`mutation($id: ID!) { revokeAwardGrant(id: $id, reason: "Granted twice by mistake") { id } }`, { id: grantId }, manager.token);
    expect(await latest()).toMatchObject({ action: 'AWARD_REVOKED', targetId: grantId });

    const opensAt = new Date(Date.now() + 86_400_000).toISOString();
    const closesAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const challenge = await app.ok(
      `mutation($s: ID!, $o: DateTime!, $c: DateTime!) { launchChallenge(input: { spaceId: $s, title: "Greener stores", brief: "Ideas to waste less", opensAt: $o, closesAt: $c }) { id } }`,
      { s: space.id, o: opensAt, c: closesAt },
      manager.token,
    );
    expect(await latest()).toMatchObject({ action: 'CHALLENGE_LAUNCHED', targetType: 'CHALLENGE', targetId: challenge.launchChallenge.id });
  });

  it('writes nothing for a refused action, nor for one that changes nothing', async () => {
    const before = (await entries()).length;
    expect(await app.code(`mutation { createSpace(input: { name: "Again", slug: "silver-lab", kind: COMMUNITY, access: OPEN }) { id } }`, {}, admin.token)).toBe('CONFLICT');
    expect(await app.code(`mutation { createAward(input: { name: "Customer first" }) { id } }`, {}, manager.token)).toBe('CONFLICT');
    const space = await app.space('COMMUNITY', 'OPEN');
    const customer = await app.user('CUSTOMER');
    await app.ok(`mutation($s: ID!, $u: ID!) { removeSpaceMember(spaceId: $s, userId: $u) { id } }`, { s: space.id, u: customer.id }, manager.token);
    expect(await entries()).toHaveLength(before);
  });

  it('lists newest first, filters by actor and action, pages by keys, and is for admins only', async () => {
    const all = await entries();
    const times = all.map((entry) => entry.at);
    expect([...times].sort().reverse()).toEqual(times);
    const byManager = await entries({ actorId: manager.id });
    expect(byManager.length).toBeGreaterThan(0);
    expect(byManager.every((entry) => entry.actor?.id === manager.id)).toBe(true);
    const hidden = await entries({ action: 'COMMENT_HIDDEN' });
    expect(hidden.map((entry) => entry.action)).toEqual(['COMMENT_HIDDEN']);

    const first = await app.ok(AUDIT, { first: 2 }, admin.token);
    const second = await app.ok(AUDIT, { first: 2, after: first.auditLog.pageInfo.endCursor }, admin.token);
    expect([...first.auditLog.nodes, ...second.auditLog.nodes].map((entry: Entry) => entry.id)).toEqual(all.slice(0, 4).map((entry) => entry.id));
    expect(first.auditLog.totalCount).toBe(all.length);

    expect(await app.code(AUDIT, {}, manager.token)).toBe('FORBIDDEN');
    expect(await app.code(AUDIT, { action: 'NOT_AN_ACTION' }, admin.token)).toBe('BAD_USER_INPUT');
    expect(await app.code(AUDIT, { actorId: 'nope' }, admin.token)).toBe('BAD_USER_INPUT');
  });

  it('is append-only at the database: UPDATE, DELETE and TRUNCATE fail even for the table owner', async () => {
    const [owner] = (await app.db.query(`SELECT tableowner = current_user AS "isOwner" FROM pg_tables WHERE tablename = 'audit_entries'`)) as { isOwner: boolean }[];
    expect(owner.isOwner).toBe(true);
    await expect(app.db.query(`UPDATE audit_entries SET action = 'USER_CREATED'`)).rejects.toThrow(/append-only/);
    await expect(app.db.query(`DELETE FROM audit_entries`)).rejects.toThrow(/append-only/);
    await expect(app.db.query(`TRUNCATE audit_entries`)).rejects.toThrow(/append-only/);
    expect((await entries()).length).toBeGreaterThan(0);
  });
});
