import { graphql } from '../../../test/support/gql';
import { TEST_PASSWORD, TestApp, type TestUser } from '../../../test/support/test-app';

const ChangeUserRole = graphql(`
  mutation ChangeUserRole($id: ID!, $role: Role!) {
    changeUserRole(id: $id, role: $role) {
      id
      role
    }
  }
`);

const DeactivateForAdministration = graphql(`
  mutation DeactivateForAdministration($id: ID!) {
    deactivateUser(id: $id) {
      id
      deactivatedAt
    }
  }
`);

const ReactivateUser = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      deactivatedAt
    }
  }
`);

const UpdateSpace = graphql(`
  mutation UpdateSpace($input: UpdateSpaceInput!) {
    updateSpace(input: $input) {
      id
      name
      description
      kind
      access
      responseSlaDays
      reviewBelowAverage
      reviewMinRatings
    }
  }
`);

const OwnRole = graphql(`
  query OwnRole {
    me {
      id
      role
    }
  }
`);

const SignInAfterReactivation = graphql(`
  mutation SignInAfterReactivation($email: String!, $password: String!) {
    signIn(input: { email: $email, password: $password }) {
      token
    }
  }
`);

const LastAuditEntry = graphql(`
  query LastAuditEntry {
    auditLog(first: 1) {
      nodes {
        action
        targetId
        details
      }
    }
  }
`);

const SpaceKindAndName = graphql(`
  query SpaceKindAndName($id: ID) {
    space(id: $id) {
      name
      kind
    }
  }
`);

const UsersByRole = graphql(`
  query UsersByRole($role: Role, $search: String) {
    users(role: $role, search: $search, first: 100) {
      totalCount
      nodes {
        id
        role
        deactivatedAt
      }
    }
  }
`);

describe('people and space administration (docs/api.md#administration)', () => {
  let app: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.make.user({ role: 'ADMIN' });
  });
  afterAll(() => app.close());

  const lastAudit = async () => (await app.as(admin).send(LastAuditEntry)).auditLog.nodes[0];

  it('filters the directory by role, with deactivated people listed too', async () => {
    const prefix = `rolefilter${Date.now()}`;
    const manager = await app.make.user({ role: 'MANAGER', displayName: `${prefix} Manager` });
    const customer = await app.make.user({ role: 'CUSTOMER', displayName: `${prefix} Customer` });
    const gone = await app.make.user({ role: 'CUSTOMER', displayName: `${prefix} Gone` });
    await app.as(admin).send(DeactivateForAdministration, { id: gone.id });

    const customers = (await app.as(admin).send(UsersByRole, { role: 'CUSTOMER', search: prefix })).users;
    expect(customers.totalCount).toBe(2);
    expect(customers.nodes.map((node) => node.id).sort()).toEqual([customer.id, gone.id].sort());
    expect(customers.nodes.find((node) => node.id === gone.id)?.deactivatedAt).toEqual(expect.any(String));
    expect((await app.as(admin).send(UsersByRole, { role: 'MANAGER', search: prefix })).users.nodes).toEqual([
      { id: manager.id, role: 'MANAGER', deactivatedAt: null },
    ]);
    expect((await app.as(admin).send(UsersByRole, { search: prefix })).users.totalCount).toBe(3);
    expect(await app.as(admin).run(UsersByRole, { role: 'OWNER' as never })).toHaveErrorCode('BAD_USER_INPUT');
    expect(await app.as(manager).run(UsersByRole, { role: 'CUSTOMER' })).toHaveErrorCode('FORBIDDEN');
  });

  it('changes a role, audits it, and takes a new customer out of internal spaces', async () => {
    const person = await app.make.user({ role: 'EMPLOYEE' });
    const internal = await app.make.space({ kind: 'INTERNAL', access: 'INVITE_ONLY', members: [person] });
    const community = await app.make.space({ kind: 'COMMUNITY', access: 'INVITE_ONLY', members: [person] });
    expect((await app.as(admin).send(ChangeUserRole, { id: person.id, role: 'MANAGER' })).changeUserRole.role).toBe('MANAGER');
    expect((await app.as(person).send(OwnRole)).me?.role).toBe('MANAGER');
    expect(await lastAudit()).toMatchObject({ action: 'USER_ROLE_CHANGED', targetId: person.id });
    expect(JSON.parse((await lastAudit()).details)).toEqual({ from: 'EMPLOYEE', to: 'MANAGER' });

    await app.as(admin).send(ChangeUserRole, { id: person.id, role: 'CUSTOMER' });
    const memberships = (await app.db.query(`SELECT space_id FROM space_members WHERE user_id = $1`, [person.id])) as {
      space_id: string;
    }[];
    expect(memberships.map((row) => row.space_id)).toEqual([community.id]);
    expect(JSON.parse((await lastAudit()).details)).toEqual({ from: 'MANAGER', to: 'CUSTOMER', leftSpaces: [internal.slug] });
  });

  it('never demotes or deactivates the last active admin, and only admins change roles', async () => {
    const company = await TestApp.start();
    try {
      const only = await company.make.user({ role: 'ADMIN' });
      const refused = await company.as(only).run(ChangeUserRole, { id: only.id, role: 'MANAGER' });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { role: 'the last active admin must stay an admin' },
      });
      const second = await company.make.user({ role: 'ADMIN' });
      await company.as(only).send(DeactivateForAdministration, { id: second.id });
      expect(await company.as(only).run(ChangeUserRole, { id: only.id, role: 'EMPLOYEE' })).toHaveErrorCode('BAD_USER_INPUT');
      await company.as(only).send(ReactivateUser, { id: second.id });
      const { signIn } = await company.as().send(SignInAfterReactivation, { email: second.email, password: TEST_PASSWORD });
      expect((await company.as(signIn).send(ChangeUserRole, { id: only.id, role: 'EMPLOYEE' })).changeUserRole.role).toBe('EMPLOYEE');
      const manager = await company.make.user({ role: 'MANAGER' });
      expect(await company.as(manager).run(ChangeUserRole, { id: manager.id, role: 'ADMIN' })).toHaveErrorCode('FORBIDDEN');
      expect(await company.as(signIn).run(ChangeUserRole, { id: 'nope', role: 'ADMIN' })).toHaveErrorCode('NOT_FOUND');
    } finally {
      await company.close();
    }
  });

  it('keeps one admin when two admins demote each other at the same moment', async () => {
    const company = await TestApp.start();
    try {
      const [first, second] = [await company.make.user({ role: 'ADMIN' }), await company.make.user({ role: 'ADMIN' })];
      const results = await Promise.all([
        company.as(first).run(ChangeUserRole, { id: second.id, role: 'EMPLOYEE' }),
        company.as(second).run(ChangeUserRole, { id: first.id, role: 'EMPLOYEE' }),
      ]);
      expect(results.filter((result) => !result.errors).length).toBe(1);
      expect(results.find((result) => result.errors)).toHaveErrorCode('BAD_USER_INPUT'); // not a deadlock
      const [admins] = (await company.db.query(`SELECT count(*)::int AS n FROM users WHERE role = 'ADMIN'`)) as { n: number }[];
      expect(admins.n).toBe(1);
    } finally {
      await company.close();
    }
  });

  it('reactivates a deactivated person, who signs in again', async () => {
    const person = await app.make.user({ role: 'EMPLOYEE' });
    await app.as(admin).send(DeactivateForAdministration, { id: person.id });
    const back = await app.as(admin).send(ReactivateUser, { id: person.id });
    expect(back.reactivateUser.deactivatedAt).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: 'USER_REACTIVATED', targetId: person.id });
    const { signIn } = await app.as().send(SignInAfterReactivation, { email: person.email, password: TEST_PASSWORD });
    expect(signIn.token).toEqual(expect.any(String));
    expect(await app.as(await app.make.user({ role: 'MANAGER' })).run(ReactivateUser, { id: person.id })).toHaveErrorCode('FORBIDDEN');
  });

  it('updates the settings given, audits before and after, and never changes the kind', async () => {
    const space = await app.make.space({ kind: 'INTERNAL', access: 'OPEN' });
    const updated = await app.as(admin).send(UpdateSpace, {
      input: { id: space.id, name: ' Silver Lab ', access: 'INVITE_ONLY', responseSlaDays: 7, reviewBelowAverage: 2.5 },
    });
    expect(updated.updateSpace).toMatchObject({
      name: 'Silver Lab',
      kind: 'INTERNAL',
      access: 'INVITE_ONLY',
      responseSlaDays: 7,
      reviewBelowAverage: 2.5,
      reviewMinRatings: 25,
    });
    expect(await lastAudit()).toMatchObject({ action: 'SPACE_UPDATED', targetId: space.id });
    expect(JSON.parse((await lastAudit()).details)).toEqual({
      before: { name: space.name, access: 'OPEN', responseSlaDays: 14, reviewBelowAverage: 3 },
      after: { name: 'Silver Lab', access: 'INVITE_ONLY', responseSlaDays: 7, reviewBelowAverage: 2.5 },
    });

    const kind = await app.as(admin).run(UpdateSpace, { input: { id: space.id, kind: 'COMMUNITY' } });
    expect(kind.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { kind: expect.stringMatching(/never changes/) } });
    const invalid = await app.as(admin).run(UpdateSpace, { input: { id: space.id, responseSlaDays: 400, name: 'x' } });
    expect(invalid).toHaveErrorCode('BAD_USER_INPUT');
    expect(Object.keys(invalid.errors?.[0].extensions?.fields ?? {}).sort()).toEqual(['name', 'responseSlaDays']);
    expect(
      await app.as(await app.make.user({ role: 'MANAGER' })).run(UpdateSpace, { input: { id: space.id, name: 'Managers cannot' } }),
    ).toHaveErrorCode('FORBIDDEN');
    expect(await app.as(admin).run(UpdateSpace, { input: { id: 'nope', name: 'Nowhere' } })).toHaveErrorCode('NOT_FOUND');
    expect((await app.as(admin).send(SpaceKindAndName, { id: space.id })).space).toEqual({ name: 'Silver Lab', kind: 'INTERNAL' });
  });
});
