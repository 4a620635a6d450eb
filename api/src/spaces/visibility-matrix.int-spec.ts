import { canSeeSpace, ROLES, type Role, type SpaceAccess, type SpaceKind } from '@red-chair/domain';

import { graphql } from '../../../test/support/gql';
import { TestApp, type TestUser } from '../../../test/support/test-app';
import { personCanSeeSpaceSql, visibleSpaceSql } from './space-visibility';

type Column = `${SpaceKind} ${SpaceAccess}`;
const COLUMNS: Column[] = ['INTERNAL OPEN', 'INTERNAL INVITE_ONLY', 'COMMUNITY OPEN', 'COMMUNITY INVITE_ONLY'];

// docs/api.md#visibility, written out again so the API is checked against the contract, not against itself.
const CONTRACT: Record<Role, Record<Column, 'yes' | 'never' | 'members only'>> = {
  CUSTOMER: { 'INTERNAL OPEN': 'never', 'INTERNAL INVITE_ONLY': 'never', 'COMMUNITY OPEN': 'yes', 'COMMUNITY INVITE_ONLY': 'members only' },
  EMPLOYEE: { 'INTERNAL OPEN': 'yes', 'INTERNAL INVITE_ONLY': 'members only', 'COMMUNITY OPEN': 'yes', 'COMMUNITY INVITE_ONLY': 'yes' },
  MANAGER: { 'INTERNAL OPEN': 'yes', 'INTERNAL INVITE_ONLY': 'yes', 'COMMUNITY OPEN': 'yes', 'COMMUNITY INVITE_ONLY': 'yes' },
  ADMIN: { 'INTERNAL OPEN': 'yes', 'INTERNAL INVITE_ONLY': 'yes', 'COMMUNITY OPEN': 'yes', 'COMMUNITY INVITE_ONLY': 'yes' },
};

const expected = (role: Role, column: Column, member: boolean) => {
  const cell = CONTRACT[role][column];
  return cell === 'yes' || (cell === 'members only' && member);
};

const VisibleSpaces = graphql(`
  query VisibleSpaces {
    spaces {
      id
    }
  }
`);

const SpaceById = graphql(`
  query SpaceById($id: ID) {
    space(id: $id) {
      id
    }
  }
`);

const SpaceBySlug = graphql(`
  query SpaceBySlug($slug: String) {
    space(slug: $slug) {
      id
    }
  }
`);

const VisibleInitiative = graphql(`
  query VisibleInitiative($id: ID!) {
    initiative(id: $id) {
      id
      title
    }
  }
`);

const SpaceFeed = graphql(`
  query SpaceFeed($spaceId: ID) {
    initiatives(filter: { spaceId: $spaceId }) {
      totalCount
      nodes {
        id
      }
    }
  }
`);

const EveryVisibleInitiative = graphql(`
  query EveryVisibleInitiative {
    initiatives(first: 100) {
      totalCount
      nodes {
        id
        space {
          id
        }
      }
    }
  }
`);

const ProposeInSpace = graphql(`
  mutation ProposeInSpace($input: ProposeInitiativeInput!) {
    proposeInitiative(input: $input) {
      id
      space {
        id
      }
    }
  }
`);

describe('visibility matrix: 4 roles × 4 space kinds × every entry point (docs/api.md#visibility)', () => {
  let app: TestApp;
  const spaces = new Map<Column, { id: string; slug: string; initiativeId: string }>();
  const viewers: { role: Role; member: boolean; user: TestUser }[] = [];

  beforeAll(async () => {
    app = await TestApp.start();
    const author = await app.make.user({ role: 'ADMIN' });
    for (const role of ROLES) {
      for (const member of [false, true]) viewers.push({ role, member, user: await app.make.user({ role }) });
    }
    for (const column of COLUMNS) {
      const [kind, access] = column.split(' ') as [SpaceKind, SpaceAccess];
      // Members are inserted directly, customers in internal spaces included: "never" must hold even then.
      const space = await app.make.space({ kind, access, members: viewers.filter((v) => v.member).map((v) => v.user) });
      spaces.set(column, { ...space, initiativeId: (await app.make.initiative({ space, author, title: `Idea in ${column}` })).id });
    }
  });
  afterAll(() => app.close());

  const countInitiatives = async () => (await app.db.query<{ count: number }[]>('SELECT count(*)::int AS count FROM initiatives'))[0].count;

  for (const role of ROLES) {
    for (const member of [false, true]) {
      describe(`${role}${member ? ' (member)' : ''}`, () => {
        const viewer = () => viewers.find((v) => v.role === role && v.member === member)!.user;

        it('spaces lists exactly the visible ones', async () => {
          const { spaces: listedSpaces } = await app.as(viewer()).send(VisibleSpaces);
          const listed = new Set(listedSpaces.map((space) => space.id));
          for (const column of COLUMNS)
            expect([column, listed.has(spaces.get(column)!.id)]).toEqual([column, expected(role, column, member)]);
        });

        it('initiatives without a filter lists and counts only visible ones', async () => {
          const { initiatives } = await app.as(viewer()).send(EveryVisibleInitiative);
          const visibleSpaceIds = COLUMNS.filter((column) => expected(role, column, member)).map((c) => spaces.get(c)!.id);
          // Other tests propose too, so the expectation is read from the tables, space by space.
          const rows = await app.db.query<{ id: string }[]>('SELECT id FROM initiatives WHERE space_id = ANY($1::uuid[])', [
            visibleSpaceIds,
          ]);
          expect(initiatives.totalCount).toBe(rows.length);
          expect(new Set(initiatives.nodes.map((node) => node.id))).toEqual(new Set(rows.map((row) => row.id)));
        });

        for (const column of COLUMNS) {
          const sees = expected(role, column, member);
          it(`${column}: ${sees ? 'sees' : 'does not see'} space, initiative, feed; ${sees ? 'may' : 'may not'} propose`, async () => {
            const space = spaces.get(column)!;
            const asViewer = app.as(viewer());
            const proposal = (title: string) => ({ input: { spaceId: space.id, title, body: 'Body', orientation: 'CUSTOMER' as const } });
            if (sees) {
              expect((await asViewer.send(SpaceById, { id: space.id })).space?.id).toBe(space.id);
              expect((await asViewer.send(SpaceBySlug, { slug: space.slug })).space?.id).toBe(space.id);
              expect((await asViewer.send(VisibleInitiative, { id: space.initiativeId })).initiative?.id).toBe(space.initiativeId);
              const feed = await asViewer.send(SpaceFeed, { spaceId: space.id });
              expect(feed.initiatives.totalCount).toBeGreaterThanOrEqual(1);
              expect(feed.initiatives.nodes.map((node) => node.id)).toContain(space.initiativeId);
              const proposed = await asViewer.send(ProposeInSpace, proposal(`Proposal by ${role}`));
              expect(proposed.proposeInitiative.space.id).toBe(space.id);
            } else {
              await expect(asViewer.send(SpaceById, { id: space.id })).rejects.toHaveErrorCode('NOT_FOUND');
              await expect(asViewer.send(SpaceBySlug, { slug: space.slug })).rejects.toHaveErrorCode('NOT_FOUND');
              await expect(asViewer.send(VisibleInitiative, { id: space.initiativeId })).rejects.toHaveErrorCode('NOT_FOUND');
              expect((await asViewer.send(SpaceFeed, { spaceId: space.id })).initiatives).toEqual({ totalCount: 0, nodes: [] });
              const before = await countInitiatives();
              await expect(asViewer.send(ProposeInSpace, proposal('Sneaky proposal'))).rejects.toHaveErrorCode('NOT_FOUND');
              expect(await countInitiatives()).toBe(before);
            }
          });
        }
      });
    }
  }

  it('the SQL predicate and canSeeSpace agree on every role, kind, access and membership', async () => {
    for (const { role, member, user } of viewers) {
      for (const column of COLUMNS) {
        const [kind, access] = column.split(' ') as [SpaceKind, SpaceAccess];
        const sql = visibleSpaceSql('s', { id: user.id, role }).replace(/:viewerId/g, '$2');
        const [row] = await app.db.query<{ visible: boolean }[]>(
          `SELECT ${sql} AS visible, $2::uuid AS viewer FROM spaces s WHERE s.id = $1`,
          [spaces.get(column)!.id, user.id],
        );
        expect([role, member, column, row.visible]).toEqual([role, member, column, canSeeSpace(role, { kind, access }, member)]);
      }
    }
  });

  it('the per-person SQL used for notifications agrees with canSeeSpace too', async () => {
    for (const { role, member, user } of viewers) {
      for (const column of COLUMNS) {
        const [kind, access] = column.split(' ') as [SpaceKind, SpaceAccess];
        const [row] = await app.db.query<{ visible: boolean }[]>(
          `SELECT ${personCanSeeSpaceSql('s', 'u')} AS visible FROM spaces s, users u WHERE s.id = $1 AND u.id = $2`,
          [spaces.get(column)!.id, user.id],
        );
        expect([role, member, column, row.visible]).toEqual([role, member, column, canSeeSpace(role, { kind, access }, member)]);
      }
    }
  });
});
