import { TestApp, type TestUser } from '../../../test/support/test-app';

const CREATE = `mutation($input: CreateSpaceInput!) {
  createSpace(input: $input) { id slug name kind access responseSlaDays reviewBelowAverage reviewMinRatings memberCount viewerIsMember }
}`;
const ADD = 'mutation($s: ID!, $u: ID!) { addSpaceMember(spaceId: $s, userId: $u) { id memberCount } }';
const REMOVE = 'mutation($s: ID!, $u: ID!) { removeSpaceMember(spaceId: $s, userId: $u) { id memberCount } }';
const MEMBERS = 'query($id: ID) { space(id: $id) { memberCount viewerIsMember members { id } } }';

const input = (overrides: Record<string, unknown> = {}) => ({
  name: 'Seniors club',
  slug: 'seniors-club',
  description: 'Seniors test our prototypes',
  kind: 'COMMUNITY',
  access: 'INVITE_ONLY',
  ...overrides,
});

describe('spaces', () => {
  let app: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  let employee: TestUser;
  let customer: TestUser;

  beforeAll(async () => {
    app = await TestApp.start();
    [admin, manager, employee, customer] = await Promise.all([app.user('ADMIN'), app.user('MANAGER'), app.user('EMPLOYEE'), app.user('CUSTOMER')]);
  });
  afterAll(() => app.close());

  describe('createSpace', () => {
    it('is ADMIN only', async () => {
      expect(await app.code(CREATE, { input: input({ slug: 'by-manager' }) }, manager.token)).toBe('FORBIDDEN');
      expect(await app.code(CREATE, { input: input({ slug: 'by-employee' }) }, employee.token)).toBe('FORBIDDEN');
    });

    it('creates a space with the contract defaults', async () => {
      const data = await app.ok(CREATE, { input: input() }, admin.token);
      expect(data.createSpace).toMatchObject({
        slug: 'seniors-club',
        kind: 'COMMUNITY',
        access: 'INVITE_ONLY',
        responseSlaDays: 14,
        reviewBelowAverage: 3,
        reviewMinRatings: 25,
        memberCount: 0,
        viewerIsMember: false,
      });
    });

    it('refuses a slug already taken with CONFLICT', async () => {
      const result = await app.gql(CREATE, { input: input() }, admin.token);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: { slug: expect.any(String) } });
    });

    it.each([
      [{ slug: 'Has Spaces' }, 'slug'],
      [{ slug: 'a' }, 'slug'],
      [{ name: 'x' }, 'name'],
      [{ responseSlaDays: -1 }, 'responseSlaDays'],
      [{ responseSlaDays: 366 }, 'responseSlaDays'],
      [{ reviewBelowAverage: 6 }, 'reviewBelowAverage'],
      [{ reviewMinRatings: 0 }, 'reviewMinRatings'],
      [{ description: 'x'.repeat(2001) }, 'description'],
    ])('refuses an invalid value (%#) with BAD_USER_INPUT on its field', async (overrides, field) => {
      const result = await app.gql(CREATE, { input: input({ slug: 'valid-slug', ...overrides }) }, admin.token);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(result.errors?.[0].extensions?.fields ?? {})).toContain(field);
    });

    it('accepts the bounds 0 and 365 for responseSlaDays', async () => {
      expect((await app.ok(CREATE, { input: input({ slug: 'sla-zero', responseSlaDays: 0 }) }, admin.token)).createSpace.responseSlaDays).toBe(0);
      expect((await app.ok(CREATE, { input: input({ slug: 'sla-max', responseSlaDays: 365 }) }, admin.token)).createSpace.responseSlaDays).toBe(365);
    });
  });

  describe('members', () => {
    it('managers add and remove members; adding twice changes nothing', async () => {
      const space = await app.space('COMMUNITY', 'INVITE_ONLY');
      expect((await app.ok(ADD, { s: space.id, u: customer.id }, manager.token)).addSpaceMember.memberCount).toBe(1);
      expect((await app.ok(ADD, { s: space.id, u: customer.id }, manager.token)).addSpaceMember.memberCount).toBe(1);
      // the new member now sees the space, and the other members of the club
      const seen = await app.ok(MEMBERS, { id: space.id }, customer.token);
      expect(seen.space).toEqual({ memberCount: 1, viewerIsMember: true, members: [{ id: customer.id }] });
      expect((await app.ok(REMOVE, { s: space.id, u: customer.id }, manager.token)).removeSpaceMember.memberCount).toBe(0);
      expect(await app.code(MEMBERS, { id: space.id }, customer.token)).toBe('NOT_FOUND');
    });

    it('employees and customers cannot manage members', async () => {
      const space = await app.space('COMMUNITY', 'OPEN');
      expect(await app.code(ADD, { s: space.id, u: customer.id }, employee.token)).toBe('FORBIDDEN');
      expect(await app.code(REMOVE, { s: space.id, u: customer.id }, customer.token)).toBe('FORBIDDEN');
    });

    it('refuses customers in internal spaces, unknown users and unknown spaces', async () => {
      const internal = await app.space('INTERNAL', 'INVITE_ONLY');
      const result = await app.gql(ADD, { s: internal.id, u: customer.id }, manager.token);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { userId: expect.any(String) } });
      expect(await app.code(ADD, { s: internal.id, u: '00000000-0000-4000-8000-000000000000' }, manager.token)).toBe('NOT_FOUND');
      expect(await app.code(ADD, { s: '00000000-0000-4000-8000-000000000000', u: customer.id }, manager.token)).toBe('NOT_FOUND');
      expect(await app.code(ADD, { s: 'not-a-uuid', u: customer.id }, manager.token)).toBe('NOT_FOUND');
    });

    it('shows member lists to managers and to members of invite-only spaces, to nobody else', async () => {
      const open = await app.space('COMMUNITY', 'OPEN', { members: [customer] });
      const other = await app.user('CUSTOMER');
      expect((await app.ok(MEMBERS, { id: open.id }, manager.token)).space.members).toEqual([{ id: customer.id }]);
      expect((await app.ok(MEMBERS, { id: open.id }, other.token)).space.members).toBeNull();
      expect((await app.ok(MEMBERS, { id: open.id }, customer.token)).space.members).toBeNull();
    });
  });

  describe('space(id|slug)', () => {
    it('needs exactly one of id and slug', async () => {
      expect(await app.code('{ space { id } }', {}, admin.token)).toBe('BAD_USER_INPUT');
      expect(await app.code('query($id: ID, $slug: String) { space(id: $id, slug: $slug) { id } }', { id: 'x', slug: 'y' }, admin.token)).toBe('BAD_USER_INPUT');
    });

    it('lists spaces by name', async () => {
      const names = (await app.ok('{ spaces { name } }', {}, admin.token)).spaces.map((s: { name: string }) => s.name.toLowerCase());
      expect(names).toEqual([...names].sort());
    });
  });
});
