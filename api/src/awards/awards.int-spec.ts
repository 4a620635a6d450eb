import { TestApp, type TestUser } from '../../../test/support/test-app';

const CREATE = 'mutation($input: CreateAwardInput!) { createAward(input: $input) { id name description createdBy { id } } }';
const GRANT = 'mutation($input: GrantAwardInput!) { grantAward(input: $input) { id citation grantedAt revokedAt award { name } initiative { id } grantedBy { id } } }';
const REVOKE = 'mutation($id: ID!, $reason: String!) { revokeAwardGrant(id: $id, reason: $reason) { id revokedAt revokeReason } }';
const HALL = 'query($first: Int, $after: String) { hallOfFame(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id citation initiative { id } award { name } } } }';
const AWARDS_OF = 'query($id: ID!) { initiative(id: $id) { awards { id citation award { name } } } }';

describe('awards and the hall of fame (DESIGN.md §4)', () => {
  let app: TestApp;
  let manager: TestUser;
  let otherManager: TestUser;
  let admin: TestUser;
  let author: TestUser;
  let customer: TestUser;
  let awardId: string;
  let community: { id: string };
  let internal: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    [manager, otherManager, admin, author, customer] = await Promise.all([
      app.user('MANAGER'), app.user('MANAGER'), app.user('ADMIN'), app.user('EMPLOYEE'), app.user('CUSTOMER'),
    ]);
    community = await app.space('COMMUNITY', 'OPEN');
    internal = await app.space('INTERNAL', 'OPEN');
    awardId = (await app.ok(CREATE, { input: { name: 'Customer hero', description: 'For the idea customers loved most' } }, manager.token)).createAward.id;
  });
  afterAll(() => app.close());

  const grant = (initiativeId: string, as = manager, citation = 'Cut Saturday queues by half in the pilot stores.') =>
    app.gql(GRANT, { input: { awardId, initiativeId, citation } }, as.token);

  it('lets managers define awards, with unique names, and everyone read the catalogue', async () => {
    expect(await app.code(CREATE, { input: { name: 'Employee pick' } }, author.token)).toBe('FORBIDDEN');
    expect(await app.code(CREATE, { input: { name: 'CUSTOMER HERO' } }, admin.token)).toBe('CONFLICT');
    expect(await app.code(CREATE, { input: { name: 'x' } }, admin.token)).toBe('BAD_USER_INPUT');
    const catalogue = await app.ok('{ awards { name } }', {}, customer.token);
    expect(catalogue.awards).toEqual([{ name: 'Customer hero' }]);
  });

  it('grants with a citation and tells the author and followers, not the granter', async () => {
    const id = await app.initiative(community.id, author);
    await app.db.query('INSERT INTO follows (initiative_id, user_id) VALUES ($1, $2)', [id, customer.id]);
    const result = await grant(id);
    expect(result.errors).toBeUndefined();
    expect(result.data?.grantAward).toMatchObject({ award: { name: 'Customer hero' }, initiative: { id }, grantedBy: { id: manager.id }, revokedAt: null });
    const told: { recipient_id: string; detail: string }[] = await app.db.query(`SELECT recipient_id, detail FROM notifications WHERE kind = 'AWARDED' AND initiative_id = $1`, [id]);
    expect(new Set(told.map((t) => t.recipient_id))).toEqual(new Set([author.id, customer.id]));
    expect(told[0].detail).toContain('Cut Saturday queues by half');
    expect((await app.ok(AWARDS_OF, { id }, customer.token)).initiative.awards).toEqual([expect.objectContaining({ award: { name: 'Customer hero' } })]);
  });

  it.each([
    ['a citation under 10 characters', { citation: 'Too short' }, 'BAD_USER_INPUT'],
    ['a citation over 1000 characters', { citation: 'x'.repeat(1001) }, 'BAD_USER_INPUT'],
    ['an employee granting', { as: 'author' }, 'FORBIDDEN'],
    ['an unknown award', { awardId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
  ])('refuses %s and writes nothing', async (_name, change: Record<string, string>, code) => {
    const id = await app.initiative(community.id, author);
    const as = change.as === 'author' ? author : manager;
    const result = await app.gql(GRANT, { input: { awardId: change.awardId ?? awardId, initiativeId: id, citation: change.citation ?? 'A perfectly fine citation.' } }, as.token);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    const [{ n }] = await app.db.query('SELECT count(*)::int AS n FROM award_grants WHERE initiative_id = $1', [id]);
    expect(n).toBe(0);
  });

  it('refuses the same award twice on one initiative with CONFLICT, until revoked', async () => {
    const id = await app.initiative(community.id, author);
    const first = (await grant(id)).data?.grantAward as { id: string };
    expect((await grant(id)).errors?.[0].extensions?.code).toBe('CONFLICT');
    await app.ok(REVOKE, { id: first.id, reason: 'Granted by mistake' }, manager.token);
    expect((await grant(id)).errors).toBeUndefined();
  });

  it('revokes (granter or admin only), keeping the reason for managers and leaving the hall of fame', async () => {
    const id = await app.initiative(community.id, author);
    const granted = (await grant(id)).data?.grantAward as { id: string };
    expect(await app.code(REVOKE, { id: granted.id, reason: 'Not mine' }, otherManager.token)).toBe('FORBIDDEN');
    expect(await app.code(REVOKE, { id: granted.id, reason: '' }, manager.token)).toBe('BAD_USER_INPUT');
    const revoked = (await app.ok(REVOKE, { id: granted.id, reason: 'The pilot numbers were wrong' }, admin.token)).revokeAwardGrant;
    expect(revoked).toMatchObject({ revokedAt: expect.any(String), revokeReason: 'The pilot numbers were wrong' });
    expect(await app.code(REVOKE, { id: granted.id, reason: 'Again' }, admin.token)).toBe('BAD_USER_INPUT');
    expect((await app.ok(AWARDS_OF, { id }, customer.token)).initiative.awards).toEqual([]);
    const hall = await app.ok(HALL, { first: 100 }, customer.token);
    expect(hall.hallOfFame.nodes.map((n: { id: string }) => n.id)).not.toContain(granted.id);
    const [{ revoke_reason }] = await app.db.query('SELECT revoke_reason FROM award_grants WHERE id = $1', [granted.id]);
    expect(revoke_reason).toBe('The pilot numbers were wrong');
  });

  it('shows the hall of fame newest first, paged, and never a grant on something the viewer cannot see', async () => {
    const secret = await app.initiative(internal.id, author);
    const secretGrant = (await grant(secret)).data?.grantAward as { id: string };
    const pageThrough = async (user: TestUser) => {
      const ids: string[] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const data: { hallOfFame: { totalCount: number; nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } } = await app.ok(HALL, { first: 2, after }, user.token);
        total = data.hallOfFame.totalCount;
        ids.push(...data.hallOfFame.nodes.map((n) => n.id));
        after = data.hallOfFame.pageInfo.hasNextPage ? data.hallOfFame.pageInfo.endCursor : null;
      } while (after);
      return { ids, total };
    };
    const staff = await pageThrough(author);
    expect((await pageThrough(manager)).total).toBe(staff.total);
    const outside = await pageThrough(customer);
    expect(staff.ids[0]).toBe(secretGrant.id);
    expect(staff.ids).toHaveLength(staff.total);
    expect(outside.ids).not.toContain(secretGrant.id);
    expect(outside.total).toBe(staff.total - 1);
    expect(new Set(staff.ids).size).toBe(staff.ids.length);
    expect(await app.code(REVOKE, { id: secretGrant.id, reason: 'Peeking' }, customer.token)).toBe('FORBIDDEN');
  });
});
