import { canSeeSpace, ROLES, type Role, type SpaceAccess, type SpaceKind } from '@red-chair/domain';
import { TestApp, type TestUser } from '../../../test/support/test-app';
import { personCanSeeSpaceSql, visibleSpaceSql } from './space-visibility';

type Column = `${SpaceKind} ${SpaceAccess}`;
const COLUMNS: Column[] = ['INTERNAL OPEN', 'INTERNAL INVITE_ONLY', 'COMMUNITY OPEN', 'COMMUNITY INVITE_ONLY'];

// DESIGN.md §2, written out again so the API is checked against the contract, not against itself.
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

const SPACES = '{ spaces { id } }';
const SPACE_BY_ID = 'query($id: ID) { space(id: $id) { id } }';
const SPACE_BY_SLUG = 'query($slug: String) { space(slug: $slug) { id } }';
const INITIATIVE = 'query($id: ID!) { initiative(id: $id) { id title } }';
const FEED = 'query($spaceId: ID) { initiatives(filter: { spaceId: $spaceId }) { totalCount nodes { id } } }';
const ALL = '{ initiatives(first: 100) { totalCount nodes { id space { id } } } }';
const PROPOSE =
  'mutation($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { id space { id } } }';

describe('visibility matrix: 4 roles × 4 space kinds × every entry point (DESIGN.md §2)', () => {
  let app: TestApp;
  const spaces = new Map<Column, { id: string; slug: string; initiativeId: string }>();
  const viewers: { role: Role; member: boolean; user: TestUser }[] = [];

  beforeAll(async () => {
    app = await TestApp.start();
    const author = await app.user('ADMIN');
    for (const role of ROLES) {
      for (const member of [false, true]) viewers.push({ role, member, user: await app.user(role) });
    }
    for (const column of COLUMNS) {
      const [kind, access] = column.split(' ') as [SpaceKind, SpaceAccess];
      // Members are inserted directly, customers in internal spaces included: "never" must hold even then.
      const space = await app.space(kind, access, { members: viewers.filter((v) => v.member).map((v) => v.user) });
      spaces.set(column, { ...space, initiativeId: await app.initiative(space.id, author, { title: `Idea in ${column}` }) });
    }
  });
  afterAll(() => app.close());

  for (const role of ROLES) {
    for (const member of [false, true]) {
      describe(`${role}${member ? ' (member)' : ''}`, () => {
        const viewer = () => viewers.find((v) => v.role === role && v.member === member)!.user;

        it('spaces lists exactly the visible ones', async () => {
          const data = await app.ok(SPACES, {}, viewer().token);
          const listed = new Set(data.spaces.map((s: { id: string }) => s.id));
          for (const column of COLUMNS) expect([column, listed.has(spaces.get(column)!.id)]).toEqual([column, expected(role, column, member)]);
        });

        it('initiatives without a filter lists and counts only visible ones', async () => {
          const data = await app.ok(ALL, {}, viewer().token);
          const visibleSpaceIds = COLUMNS.filter((column) => expected(role, column, member)).map((c) => spaces.get(c)!.id);
          // Other tests propose too, so the expectation is read from the tables, space by space.
          const rows: { id: string }[] = await app.db.query('SELECT id FROM initiatives WHERE space_id = ANY($1::uuid[])', [visibleSpaceIds]);
          expect(data.initiatives.totalCount).toBe(rows.length);
          expect(new Set(data.initiatives.nodes.map((n: { id: string }) => n.id))).toEqual(new Set(rows.map((r) => r.id)));
        });

        for (const column of COLUMNS) {
          const sees = expected(role, column, member);
          it(`${column}: ${sees ? 'sees' : 'does not see'} space, initiative, feed; ${sees ? 'may' : 'may not'} propose`, async () => {
            const space = spaces.get(column)!;
            const token = viewer().token;
            if (sees) {
              expect((await app.ok(SPACE_BY_ID, { id: space.id }, token)).space.id).toBe(space.id);
              expect((await app.ok(SPACE_BY_SLUG, { slug: space.slug }, token)).space.id).toBe(space.id);
              expect((await app.ok(INITIATIVE, { id: space.initiativeId }, token)).initiative.id).toBe(space.initiativeId);
              const feed = await app.ok(FEED, { spaceId: space.id }, token);
              expect(feed.initiatives.totalCount).toBeGreaterThanOrEqual(1);
              expect(feed.initiatives.nodes.map((n: { id: string }) => n.id)).toContain(space.initiativeId);
              const proposed = await app.ok(PROPOSE, { input: { spaceId: space.id, title: `Proposal by ${role}`, body: 'Body', orientation: 'CUSTOMER' } }, token);
              expect(proposed.proposeInitiative.space.id).toBe(space.id);
            } else {
              expect(await app.code(SPACE_BY_ID, { id: space.id }, token)).toBe('NOT_FOUND');
              expect(await app.code(SPACE_BY_SLUG, { slug: space.slug }, token)).toBe('NOT_FOUND');
              expect(await app.code(INITIATIVE, { id: space.initiativeId }, token)).toBe('NOT_FOUND');
              const feed = await app.ok(FEED, { spaceId: space.id }, token);
              expect(feed.initiatives).toEqual({ totalCount: 0, nodes: [] });
              const [{ count: before }] = await app.db.query('SELECT count(*)::int AS count FROM initiatives');
              expect(await app.code(PROPOSE, { input: { spaceId: space.id, title: 'Sneaky proposal', body: 'Body', orientation: 'CUSTOMER' } }, token)).toBe('NOT_FOUND');
              const [{ count: after }] = await app.db.query('SELECT count(*)::int AS count FROM initiatives');
              expect(after).toBe(before);
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
        const [row] = await app.db.query(`SELECT ${sql} AS visible, $2::uuid AS viewer FROM spaces s WHERE s.id = $1`, [spaces.get(column)!.id, user.id]);
        expect([role, member, column, row.visible]).toEqual([role, member, column, canSeeSpace(role, { kind, access }, member)]);
      }
    }
  });

  it('the per-person SQL used for notifications agrees with canSeeSpace too', async () => {
    for (const { role, member, user } of viewers) {
      for (const column of COLUMNS) {
        const [kind, access] = column.split(' ') as [SpaceKind, SpaceAccess];
        const [row] = await app.db.query(`SELECT ${personCanSeeSpaceSql('s', 'u')} AS visible FROM spaces s, users u WHERE s.id = $1 AND u.id = $2`, [spaces.get(column)!.id, user.id]);
        expect([role, member, column, row.visible]).toEqual([role, member, column, canSeeSpace(role, { kind, access }, member)]);
      }
    }
  });
});
