import { graphql } from '../../../test/support/gql';
import type { CreateSpaceInput } from '../../../test/support/gql/graphql';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const CreateSpace = graphql(`
  mutation CreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      id
      slug
      name
      kind
      access
      responseSlaDays
      reviewBelowAverage
      reviewMinRatings
      memberCount
      viewerIsMember
    }
  }
`);

const AddSpaceMember = graphql(`
  mutation AddSpaceMember($spaceId: ID!, $userId: ID!) {
    addSpaceMember(spaceId: $spaceId, userId: $userId) {
      id
      memberCount
    }
  }
`);

const RemoveSpaceMember = graphql(`
  mutation RemoveSpaceMember($spaceId: ID!, $userId: ID!) {
    removeSpaceMember(spaceId: $spaceId, userId: $userId) {
      id
      memberCount
    }
  }
`);

const SpaceMembers = graphql(`
  query SpaceMembers($id: ID) {
    space(id: $id) {
      memberCount
      viewerIsMember
      members {
        id
      }
    }
  }
`);

const SpaceByIdOrSlug = graphql(`
  query SpaceByIdOrSlug($id: ID, $slug: String) {
    space(id: $id, slug: $slug) {
      id
    }
  }
`);

const SpaceNames = graphql(`
  query SpaceNames {
    spaces {
      name
    }
  }
`);

const input = (overrides: Partial<CreateSpaceInput> = {}): CreateSpaceInput => ({
  name: 'Seniors club',
  slug: 'seniors-club',
  description: 'Seniors test our prototypes',
  kind: 'COMMUNITY',
  access: 'INVITE_ONLY',
  ...overrides,
});

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('spaces', () => {
  let app: TestApp;
  let admin: TestUser;
  let manager: TestUser;
  let employee: TestUser;
  let customer: TestUser;

  beforeAll(async () => {
    app = await TestApp.start();
    [admin, manager, employee, customer] = await Promise.all([
      app.make.user({ role: 'ADMIN' }),
      app.make.user({ role: 'MANAGER' }),
      app.make.user({ role: 'EMPLOYEE' }),
      app.make.user({ role: 'CUSTOMER' }),
    ]);
  });
  afterAll(() => app.close());

  describe('createSpace', () => {
    it('is ADMIN only', async () => {
      await expect(app.as(manager).send(CreateSpace, { input: input({ slug: 'by-manager' }) })).rejects.toHaveErrorCode('FORBIDDEN');
      await expect(app.as(employee).send(CreateSpace, { input: input({ slug: 'by-employee' }) })).rejects.toHaveErrorCode('FORBIDDEN');
    });

    it('creates a space with the contract defaults', async () => {
      const { createSpace } = await app.as(admin).send(CreateSpace, { input: input() });
      expect(createSpace).toMatchObject({
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
      const result = await app.as(admin).run(CreateSpace, { input: input() });
      expect(result).toHaveErrorCode('CONFLICT');
      expect(result.errors?.[0].extensions?.fields).toEqual({ slug: expect.any(String) });
    });

    it.each<[Partial<CreateSpaceInput>, string]>([
      [{ slug: 'Has Spaces' }, 'slug'],
      [{ slug: 'a' }, 'slug'],
      [{ name: 'x' }, 'name'],
      [{ responseSlaDays: -1 }, 'responseSlaDays'],
      [{ responseSlaDays: 366 }, 'responseSlaDays'],
      [{ reviewBelowAverage: 6 }, 'reviewBelowAverage'],
      [{ reviewMinRatings: 0 }, 'reviewMinRatings'],
      [{ description: 'x'.repeat(2001) }, 'description'],
    ])('refuses an invalid value (%#) with BAD_USER_INPUT on its field', async (overrides, field) => {
      const result = await app.as(admin).run(CreateSpace, { input: input({ slug: 'valid-slug', ...overrides }) });
      expect(result).toHaveErrorCode('BAD_USER_INPUT');
      expect(Object.keys(result.errors?.[0].extensions?.fields ?? {})).toContain(field);
    });

    it('accepts the bounds 0 and 365 for responseSlaDays', async () => {
      expect(
        (await app.as(admin).send(CreateSpace, { input: input({ slug: 'sla-zero', responseSlaDays: 0 }) })).createSpace.responseSlaDays,
      ).toBe(0);
      expect(
        (await app.as(admin).send(CreateSpace, { input: input({ slug: 'sla-max', responseSlaDays: 365 }) })).createSpace.responseSlaDays,
      ).toBe(365);
    });
  });

  describe('members', () => {
    it('managers add and remove members; adding twice changes nothing', async () => {
      const space = await app.make.space({ access: 'INVITE_ONLY' });
      const membership = { spaceId: space.id, userId: customer.id };
      expect((await app.as(manager).send(AddSpaceMember, membership)).addSpaceMember.memberCount).toBe(1);
      expect((await app.as(manager).send(AddSpaceMember, membership)).addSpaceMember.memberCount).toBe(1);
      // the new member now sees the space, and the other members of the club
      expect((await app.as(customer).send(SpaceMembers, { id: space.id })).space).toEqual({
        memberCount: 1,
        viewerIsMember: true,
        members: [{ id: customer.id }],
      });
      expect((await app.as(manager).send(RemoveSpaceMember, membership)).removeSpaceMember.memberCount).toBe(0);
      await expect(app.as(customer).send(SpaceMembers, { id: space.id })).rejects.toHaveErrorCode('NOT_FOUND');
    });

    it('employees and customers cannot manage members', async () => {
      const space = await app.make.space();
      await expect(app.as(employee).send(AddSpaceMember, { spaceId: space.id, userId: customer.id })).rejects.toHaveErrorCode('FORBIDDEN');
      await expect(app.as(customer).send(RemoveSpaceMember, { spaceId: space.id, userId: customer.id })).rejects.toHaveErrorCode(
        'FORBIDDEN',
      );
    });

    it('refuses customers in internal spaces, unknown users and unknown spaces', async () => {
      const internal = await app.make.space({ kind: 'INTERNAL', access: 'INVITE_ONLY' });
      const result = await app.as(manager).run(AddSpaceMember, { spaceId: internal.id, userId: customer.id });
      expect(result).toHaveErrorCode('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual({ userId: expect.any(String) });
      await expect(app.as(manager).send(AddSpaceMember, { spaceId: internal.id, userId: UNKNOWN_ID })).rejects.toHaveErrorCode('NOT_FOUND');
      await expect(app.as(manager).send(AddSpaceMember, { spaceId: UNKNOWN_ID, userId: customer.id })).rejects.toHaveErrorCode('NOT_FOUND');
      await expect(app.as(manager).send(AddSpaceMember, { spaceId: 'not-a-uuid', userId: customer.id })).rejects.toHaveErrorCode(
        'NOT_FOUND',
      );
    });

    it('shows member lists to managers and to members of invite-only spaces, to nobody else', async () => {
      const open = await app.make.space({ members: [customer] });
      const other = await app.make.user({ role: 'CUSTOMER' });
      expect((await app.as(manager).send(SpaceMembers, { id: open.id })).space?.members).toEqual([{ id: customer.id }]);
      expect((await app.as(other).send(SpaceMembers, { id: open.id })).space?.members).toBeNull();
      expect((await app.as(customer).send(SpaceMembers, { id: open.id })).space?.members).toBeNull();
    });
  });

  describe('space(id|slug)', () => {
    it('needs exactly one of id and slug', async () => {
      await expect(app.as(admin).send(SpaceByIdOrSlug)).rejects.toHaveErrorCode('BAD_USER_INPUT');
      await expect(app.as(admin).send(SpaceByIdOrSlug, { id: 'x', slug: 'y' })).rejects.toHaveErrorCode('BAD_USER_INPUT');
    });

    it('lists spaces by name', async () => {
      const names = (await app.as(admin).send(SpaceNames)).spaces.map((space) => space.name.toLowerCase());
      expect(names).toEqual([...names].sort());
    });
  });
});
