import { TestApp, type TestUser } from '../../../test/support/test-app';

const PROPOSE = `mutation($input: ProposeInitiativeInput!) {
  proposeInitiative(input: $input) { id title body orientation tags status voteCount commentCount followerCount awaitingResponse author { id } space { id } createdAt updatedAt }
}`;
const FEED = `query($filter: InitiativeFilter, $first: Int, $after: String) {
  initiatives(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } nodes { id title tags status awaitingResponse author { id displayName } space { id name } statusHistory { to note by { displayName } } }
  }
}`;

describe('initiatives', () => {
  let app: TestApp;
  let employee: TestUser;
  let customer: TestUser;
  let space: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    employee = await app.user('EMPLOYEE');
    customer = await app.user('CUSTOMER');
    space = await app.space('COMMUNITY', 'OPEN');
  });
  afterAll(() => app.close());

  const proposal = (overrides: Record<string, unknown> = {}) => ({
    spaceId: space.id,
    title: 'Shorter checkout queues on Saturdays',
    body: 'Open two more tills between 11 and 13.',
    orientation: 'CUSTOMER',
    tags: ['Checkout', 'saturday ', 'checkout'],
    ...overrides,
  });

  describe('proposeInitiative', () => {
    it('creates a SUBMITTED initiative by the viewer, with trimmed text and normalised tags', async () => {
      const data = await app.ok(PROPOSE, { input: proposal({ title: '  Shorter checkout queues on Saturdays  ' }) }, customer.token);
      expect(data.proposeInitiative).toMatchObject({
        title: 'Shorter checkout queues on Saturdays',
        orientation: 'CUSTOMER',
        tags: ['checkout', 'saturday'],
        status: 'SUBMITTED',
        voteCount: 0,
        commentCount: 0,
        awaitingResponse: false,
        author: { id: customer.id },
        space: { id: space.id },
      });
      const fetched = await app.ok('query($id: ID!) { initiative(id: $id) { id title } }', { id: data.proposeInitiative.id }, employee.token);
      expect(fetched.initiative.title).toBe('Shorter checkout queues on Saturdays');
    });

    it.each([
      ['title', { title: 'Tiny' }],
      ['title', { title: '    Tiny     ' }],
      ['title', { title: 'x'.repeat(141) }],
      ['body', { body: '' }],
      ['body', { body: 'x'.repeat(20001) }],
      ['tags', { tags: ['a', 'b', 'c', 'd', 'e', 'f'] }],
      ['tags', { tags: ['two words'] }],
      ['spaceId', { spaceId: 'not-an-id' }],
    ])('refuses a bad %s with BAD_USER_INPUT naming the field, and stores nothing', async (field, overrides) => {
      const [{ count: before }] = await app.db.query('SELECT count(*)::int AS count FROM initiatives');
      const result = await app.gql(PROPOSE, { input: proposal(overrides) }, customer.token);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(result.errors?.[0].extensions?.fields ?? {})).toContain(field);
      const [{ count: after }] = await app.db.query('SELECT count(*)::int AS count FROM initiatives');
      expect(after).toBe(before);
    });

    it('refuses an orientation outside the enum', async () => {
      const result = await app.gql(PROPOSE, { input: proposal({ orientation: 'EVERYONE' }) }, customer.token);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('accepts exactly 5 tags and titles of exactly 5 and 140 characters', async () => {
      expect((await app.ok(PROPOSE, { input: proposal({ title: 'Five!', tags: ['a', 'b', 'c', 'd', 'e'] }) }, customer.token)).proposeInitiative.tags).toHaveLength(5);
      expect((await app.ok(PROPOSE, { input: proposal({ title: 'x'.repeat(140) }) }, customer.token)).proposeInitiative.title).toHaveLength(140);
    });

    it('is NOT_FOUND for a space that does not exist', async () => {
      expect(await app.code(PROPOSE, { input: proposal({ spaceId: '00000000-0000-4000-8000-000000000000' }) }, customer.token)).toBe('NOT_FOUND');
    });
  });

  describe('initiative(id)', () => {
    it('is NOT_FOUND for unknown and malformed ids', async () => {
      expect(await app.code('query($id: ID!) { initiative(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, customer.token)).toBe('NOT_FOUND');
      expect(await app.code('query($id: ID!) { initiative(id: $id) { id } }', { id: "1' OR '1'='1" }, customer.token)).toBe('NOT_FOUND');
    });

    it('is awaiting a response once the space deadline has passed with no answer', async () => {
      const quick = await app.space('COMMUNITY', 'OPEN', { responseSlaDays: 2 });
      const fresh = await app.initiative(quick.id, employee);
      const late = await app.initiative(quick.id, employee, { createdAt: new Date(Date.now() - 3 * 24 * 3600 * 1000) });
      const query = 'query($id: ID!) { initiative(id: $id) { awaitingResponse } }';
      expect((await app.ok(query, { id: fresh }, employee.token)).initiative.awaitingResponse).toBe(false);
      expect((await app.ok(query, { id: late }, employee.token)).initiative.awaitingResponse).toBe(true);
      await app.db.query(`UPDATE initiatives SET status = 'UNDER_REVIEW' WHERE id = $1`, [late]);
      expect((await app.ok(query, { id: late }, employee.token)).initiative.awaitingResponse).toBe(false);
    });
  });

  describe('initiatives feed', () => {
    let feedSpace: { id: string };
    const ids: string[] = [];

    beforeAll(async () => {
      feedSpace = await app.space('INTERNAL', 'OPEN');
      const base = Date.now() - 1000 * 60 * 60;
      // 12 initiatives, with three sharing one timestamp: ties must not break the cursor.
      for (let i = 0; i < 12; i += 1) {
        const createdAt = new Date(base + (i < 3 ? 0 : i) * 1000);
        ids.push(await app.initiative(feedSpace.id, i % 2 ? employee : customer, { title: `Feed idea ${i}`, createdAt, tags: i % 3 ? [] : ['loyalty'] }));
      }
    });

    it('pages newest first without duplicates or gaps, ties included', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const data: { initiatives: { totalCount: number; nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } } =
          await app.ok(FEED, { filter: { spaceId: feedSpace.id }, first: 5, after }, employee.token);
        expect(data.initiatives.totalCount).toBe(12);
        seen.push(...data.initiatives.nodes.map((n) => n.id));
        after = data.initiatives.pageInfo.hasNextPage ? data.initiatives.pageInfo.endCursor : null;
        pages += 1;
      } while (after);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(12);
      expect(new Set(seen)).toEqual(new Set(ids));
      // newest first: the last created comes first
      expect(seen[0]).toBe(ids[11]);
    });

    it('filters by status, orientation, tag and author', async () => {
      const byTag = await app.ok(FEED, { filter: { spaceId: feedSpace.id, tag: 'LOYALTY' } }, employee.token);
      expect(byTag.initiatives.totalCount).toBe(4);
      const byAuthor = await app.ok(FEED, { filter: { spaceId: feedSpace.id, authorId: employee.id } }, employee.token);
      expect(byAuthor.initiatives.totalCount).toBe(6);
      expect(byAuthor.initiatives.nodes.every((n: { author: { id: string } }) => n.author.id === employee.id)).toBe(true);
      await app.db.query(`UPDATE initiatives SET status = 'DECLINED' WHERE id = $1`, [ids[0]]);
      const declined = await app.ok(FEED, { filter: { spaceId: feedSpace.id, status: ['DECLINED', 'IMPLEMENTED'] } }, employee.token);
      expect(declined.initiatives.nodes.map((n: { id: string }) => n.id)).toEqual([ids[0]]);
      const forColleagues = await app.ok(FEED, { filter: { spaceId: feedSpace.id, orientation: 'EMPLOYEE' } }, employee.token);
      expect(forColleagues.initiatives.totalCount).toBe(0);
    });

    it('caps first at 100 and refuses negative sizes and foreign cursors', async () => {
      expect(await app.code(FEED, { first: 101 }, employee.token)).toBe('BAD_USER_INPUT');
      expect(await app.code(FEED, { first: -1 }, employee.token)).toBe('BAD_USER_INPUT');
      expect(await app.code(FEED, { after: 'bm90LWEtY3Vyc29y' }, employee.token)).toBe('BAD_USER_INPUT');
      expect(await app.code(FEED, { filter: { spaceId: 'nope' } }, employee.token)).toBe('BAD_USER_INPUT');
    });

    it('runs the same number of SQL statements for 5 and for 50 initiatives', async () => {
      const big = await app.space('COMMUNITY', 'OPEN');
      const authors = await Promise.all([app.user('EMPLOYEE'), app.user('CUSTOMER'), app.user('MANAGER')]);
      for (let i = 0; i < 50; i += 1) await app.initiative(big.id, authors[i % 3], { title: `Bulk idea ${i}` });
      const count = async (first: number) => {
        let nodes = 0;
        const statements = await app.countStatements(async () => {
          nodes = (await app.ok(FEED, { filter: { spaceId: big.id }, first }, employee.token)).initiatives.nodes.length;
        });
        return { nodes, statements };
      };
      const five = await count(5);
      const fifty = await count(50);
      expect(five.nodes).toBe(5);
      expect(fifty.nodes).toBe(50);
      expect(fifty.statements).toBe(five.statements);
      expect(five.statements).toBeLessThanOrEqual(4); // session, rows with their total, space and author, history, its people
    });
  });
});
