import { TEST_PASSWORD, type TestUser } from '../../../test/support/test-app';
import { UntypedTestApp as TestApp } from '../../../test/support/untyped-app';

const CHANGE_ROLE = `mutation($id: ID!, $role: Role!) { changeUserRole(id: $id, role: $role) { id role } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { id deactivatedAt } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateUser(id: $id) { id deactivatedAt } }`;
const UPDATE_SPACE = `mutation($input: UpdateSpaceInput!) { updateSpace(input: $input) { id name description kind access responseSlaDays reviewBelowAverage reviewMinRatings } }`;
const ME = `{ me { id role } }`;
const SIGN_IN = `mutation($e: String!) { signIn(input: { email: $e, password: "${TEST_PASSWORD}" }) { token } }`;
const LAST_AUDIT = `{ auditLog(first: 1) { nodes { action targetId details } } }`;

describe('people and space administration (docs/api.md#administration)', () => {
  let app: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.user('ADMIN');
  });
  afterAll(() => app.close());

  const lastAudit = async () => (await app.ok(LAST_AUDIT, {}, admin.token)).auditLog.nodes[0] as { action: string; targetId: string; details: string };

  it('changes a role, audits it, and takes a new customer out of internal spaces', async () => {
    const person = await app.user('EMPLOYEE');
    const internal = await app.space('INTERNAL', 'INVITE_ONLY', { members: [person] });
    const community = await app.space('COMMUNITY', 'INVITE_ONLY', { members: [person] });
    expect((await app.ok(CHANGE_ROLE, { id: person.id, role: 'MANAGER' }, admin.token)).changeUserRole.role).toBe('MANAGER');
    expect((await app.ok(ME, {}, person.token)).me.role).toBe('MANAGER');
    expect(await lastAudit()).toMatchObject({ action: 'USER_ROLE_CHANGED', targetId: person.id });
    expect(JSON.parse((await lastAudit()).details)).toEqual({ from: 'EMPLOYEE', to: 'MANAGER' });

    await app.ok(CHANGE_ROLE, { id: person.id, role: 'CUSTOMER' }, admin.token);
    const memberships = (await app.db.query(`SELECT space_id FROM space_members WHERE user_id = $1`, [person.id])) as { space_id: string }[];
    expect(memberships.map((row) => row.space_id)).toEqual([community.id]);
    expect(JSON.parse((await lastAudit()).details)).toEqual({ from: 'MANAGER', to: 'CUSTOMER', leftSpaces: [internal.slug] });
  });

  it('never demotes or deactivates the last active admin, and only admins change roles', async () => {
    const db = await TestApp.start();
    try {
      const only = await db.user('ADMIN');
      const result = await db.gql(CHANGE_ROLE, { id: only.id, role: 'MANAGER' }, only.token);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { role: 'the last active admin must stay an admin' } });
      const second = await db.user('ADMIN');
      await db.ok(DEACTIVATE, { id: second.id }, only.token);
      expect(await db.code(CHANGE_ROLE, { id: only.id, role: 'EMPLOYEE' }, only.token)).toBe('BAD_USER_INPUT');
      await db.ok(REACTIVATE, { id: second.id }, only.token);
      const signedIn = await db.ok(SIGN_IN, { e: second.email });
      expect((await db.ok(CHANGE_ROLE, { id: only.id, role: 'EMPLOYEE' }, signedIn.signIn.token)).changeUserRole.role).toBe('EMPLOYEE');
      const manager = await db.user('MANAGER');
      expect(await db.code(CHANGE_ROLE, { id: manager.id, role: 'ADMIN' }, manager.token)).toBe('FORBIDDEN');
      expect(await db.code(CHANGE_ROLE, { id: 'nope', role: 'ADMIN' }, signedIn.signIn.token)).toBe('NOT_FOUND');
    } finally {
      await db.close();
    }
  });

  it('reactivates a deactivated person, who signs in again', async () => {
    const person = await app.user('EMPLOYEE');
    await app.ok(DEACTIVATE, { id: person.id }, admin.token);
    const back = await app.ok(REACTIVATE, { id: person.id }, admin.token);
    expect(back.reactivateUser.deactivatedAt).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: 'USER_REACTIVATED', targetId: person.id });
    const signIn = await app.ok(SIGN_IN, { e: person.email });
    expect(signIn.signIn.token).toEqual(expect.any(String));
    expect(await app.code(REACTIVATE, { id: person.id }, (await app.user('MANAGER')).token)).toBe('FORBIDDEN');
  });

  it('updates the settings given, audits before and after, and never changes the kind', async () => {
    const space = await app.space('INTERNAL', 'OPEN');
    const updated = await app.ok(UPDATE_SPACE, { input: { id: space.id, name: ' Silver Lab ', access: 'INVITE_ONLY', responseSlaDays: 7, reviewBelowAverage: 2.5 } }, admin.token);
    expect(updated.updateSpace).toMatchObject({ name: 'Silver Lab', kind: 'INTERNAL', access: 'INVITE_ONLY', responseSlaDays: 7, reviewBelowAverage: 2.5, reviewMinRatings: 25 });
    expect(await lastAudit()).toMatchObject({ action: 'SPACE_UPDATED', targetId: space.id });
    expect(JSON.parse((await lastAudit()).details)).toEqual({
      before: { name: `Space ${space.slug}`, access: 'OPEN', responseSlaDays: 14, reviewBelowAverage: 3 },
      after: { name: 'Silver Lab', access: 'INVITE_ONLY', responseSlaDays: 7, reviewBelowAverage: 2.5 },
    });

    const kind = await app.gql(UPDATE_SPACE, { input: { id: space.id, kind: 'COMMUNITY' } }, admin.token);
    expect(kind.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { kind: expect.stringMatching(/never changes/) } });
    const invalid = await app.gql(UPDATE_SPACE, { input: { id: space.id, responseSlaDays: 400, name: 'x' } }, admin.token);
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(invalid.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(['name', 'responseSlaDays']);
    expect(await app.code(UPDATE_SPACE, { input: { id: space.id, name: 'Managers cannot' } }, (await app.user('MANAGER')).token)).toBe('FORBIDDEN');
    expect(await app.code(UPDATE_SPACE, { input: { id: 'nope', name: 'Nowhere' } }, admin.token)).toBe('NOT_FOUND');
    expect((await app.ok(`query($id: ID) { space(id: $id) { name kind } }`, { id: space.id }, admin.token)).space).toEqual({ name: 'Silver Lab', kind: 'INTERNAL' });
  });
});
