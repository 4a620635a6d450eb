import { TestApp, type TestUser } from '../../../test/support/test-app';

const SEARCH = 'query($filter: InitiativeFilter, $sort: InitiativeSort, $first: Int, $after: String) { initiatives(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id title } } }';
const SIMILAR = 'query($spaceId: ID!, $text: String!, $first: Int) { similarInitiatives(spaceId: $spaceId, text: $text, first: $first) { id title status } }';

describe('search and similar ideas', () => {
  let app: TestApp;
  let employee: TestUser;
  let customer: TestUser;
  let space: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start();
    employee = await app.user('EMPLOYEE');
    customer = await app.user('CUSTOMER');
    space = await app.space('COMMUNITY', 'OPEN');
    const seed = async (key: string, title: string, body: string) => {
      const [row] = await app.db.query(
        `INSERT INTO initiatives (space_id, author_id, title, body, orientation) VALUES ($1, $2, $3, $4, 'CUSTOMER') RETURNING id`,
        [space.id, employee.id, title, body],
      );
      ids[key] = row.id;
    };
    await seed('fidelite', 'Programme de fidélité repensé', 'Échanger ses points contre des réparations gratuites.');
    await seed('loyalty', 'Loyalty programme around services', 'Trade points for repairs and workshops.');
    await seed('queues', 'Shorter checkout queues on Saturdays', 'Open two more tills when the store is busy.');
    await seed('caisses', 'Plus de caisses ouvertes le samedi', 'Les files d’attente sont trop longues.');
    await seed('bodyOnly', 'Accessible price labels', 'Bigger fonts help every customer, including loyalty members.');
  });
  afterAll(() => app.close());

  const search = async (text: string, extra: Record<string, unknown> = {}) =>
    (await app.ok(SEARCH, { filter: { spaceId: space.id, search: text }, ...extra }, customer.token)).initiatives;

  it('finds French words without their accents and by their stem', async () => {
    expect((await search('fidelite')).nodes.map((n: { id: string }) => n.id)).toContain(ids.fidelite);
    expect((await search('réparation')).nodes.map((n: { id: string }) => n.id)).toContain(ids.fidelite);
  });

  it('stems English and ranks title matches above body matches', async () => {
    const result = await search('loyalty');
    expect(result.totalCount).toBe(2);
    expect(result.nodes.map((n: { id: string }) => n.id)).toEqual([ids.loyalty, ids.bodyOnly]);
    expect((await search('queue')).nodes.map((n: { id: string }) => n.id)).toEqual([ids.queues]);
  });

  it('understands search-box syntax and finds nothing for nonsense', async () => {
    expect((await search('"checkout queues"')).totalCount).toBe(1);
    expect((await search('saturday -checkout')).totalCount).toBe(0);
    expect((await search('zzqxj')).totalCount).toBe(0);
  });

  it('pages ranked results stably', async () => {
    const first = await search('points OR samedi OR loyalty', { first: 2 });
    const second = await search('points OR samedi OR loyalty', { first: 2, after: first.pageInfo.endCursor });
    const all = [...first.nodes, ...second.nodes].map((n: { id: string }) => n.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(first.totalCount > 4 ? 4 : first.totalCount);
  });

  it('never returns what the viewer cannot see', async () => {
    const internal = await app.space('INTERNAL', 'OPEN');
    await app.db.query(`INSERT INTO initiatives (space_id, author_id, title, body, orientation) VALUES ($1, $2, 'Secret loyalty plan', 'x', 'EMPLOYEE')`, [internal.id, employee.id]);
    const all = await app.ok(SEARCH, { filter: { search: 'loyalty' } }, customer.token);
    expect(all.initiatives.totalCount).toBe(2);
    const staff = await app.ok(SEARCH, { filter: { search: 'loyalty' } }, employee.token);
    expect(staff.initiatives.totalCount).toBe(3);
  });

  describe('similarInitiatives', () => {
    it('suggests close ideas while a proposal is typed, in either language', async () => {
      const found = (await app.ok(SIMILAR, { spaceId: space.id, text: 'Open more checkout tills on saturday mornings' }, customer.token)).similarInitiatives;
      expect(found[0].id).toBe(ids.queues);
      const french = (await app.ok(SIMILAR, { spaceId: space.id, text: 'fidelite et reparations' }, customer.token)).similarInitiatives;
      expect(french.map((n: { id: string }) => n.id)).toContain(ids.fidelite);
    });

    it('leaves out MERGED ideas and waits for three letters', async () => {
      const target = ids.loyalty;
      await app.db.query(`UPDATE initiatives SET status = 'MERGED', merged_into_id = $2 WHERE id = $1`, [ids.fidelite, target]);
      const found = (await app.ok(SIMILAR, { spaceId: space.id, text: 'programme de fidélité' }, customer.token)).similarInitiatives;
      expect(found.map((n: { id: string }) => n.id)).not.toContain(ids.fidelite);
      expect((await app.ok(SIMILAR, { spaceId: space.id, text: 'ab' }, customer.token)).similarInitiatives).toEqual([]);
    });

    it('is NOT_FOUND for a space the viewer cannot see and caps first at 20', async () => {
      const internal = await app.space('INTERNAL', 'OPEN');
      expect(await app.code(SIMILAR, { spaceId: internal.id, text: 'loyalty' }, customer.token)).toBe('NOT_FOUND');
      expect(await app.code(SIMILAR, { spaceId: space.id, text: 'loyalty', first: 21 }, customer.token)).toBe('BAD_USER_INPUT');
    });
  });
});
