import { TestApp, type TestUser } from '../../../test/support/test-app';

const FEED = `query($filter: InitiativeFilter, $sort: InitiativeSort, $first: Int, $after: String) {
  initiatives(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id title voteCount } }
}`;
const VOTE = 'mutation($id: ID!) { voteInitiative(initiativeId: $id) { voteCount } }';
const DAY = 24 * 3600 * 1000;

describe('feed sorts', () => {
  let app: TestApp;
  let people: TestUser[];
  let author: TestUser;

  beforeAll(async () => {
    app = await TestApp.start();
    author = await app.user('EMPLOYEE');
    people = [];
    for (let i = 0; i < 6; i += 1) people.push(await app.user('EMPLOYEE'));
  });
  afterAll(() => app.close());

  const vote = async (id: string, voters: TestUser[]) => {
    for (const person of voters) await app.ok(VOTE, { id }, person.token);
  };

  /** Pages through a whole sort, 2 at a time, and returns the ids in order. */
  const walk = async (spaceId: string, sort: string) => {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const data: { initiatives: { nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } } =
        await app.ok(FEED, { filter: { spaceId }, sort, first: 2, after }, author.token);
      ids.push(...data.initiatives.nodes.map((n) => n.id));
      after = data.initiatives.pageInfo.hasNextPage ? data.initiatives.pageInfo.endCursor : null;
    } while (after);
    return ids;
  };

  it('MOST_VOTED: most votes first, ties newest first, stable across pages', async () => {
    const space = await app.space('INTERNAL', 'OPEN');
    const now = Date.now();
    const a = await app.initiative(space.id, author, { title: 'Three votes', createdAt: new Date(now - 5 * DAY) });
    const b = await app.initiative(space.id, author, { title: 'One vote, older', createdAt: new Date(now - 4 * DAY) });
    const c = await app.initiative(space.id, author, { title: 'One vote, newer', createdAt: new Date(now - 3 * DAY) });
    const d = await app.initiative(space.id, author, { title: 'No votes, same time', createdAt: new Date(now - 2 * DAY) });
    const e = await app.initiative(space.id, author, { title: 'No votes, same time', createdAt: new Date(now - 2 * DAY) });
    await vote(a, people.slice(0, 3));
    await vote(b, people.slice(0, 1));
    await vote(c, people.slice(1, 2));
    const order = await walk(space.id, 'MOST_VOTED');
    expect(order.slice(0, 3)).toEqual([a, c, b]);
    expect(new Set(order.slice(3))).toEqual(new Set([d, e]));
    expect(order).toHaveLength(5);
  });

  it('TRENDING: recent votes weigh more than many old ones', async () => {
    const space = await app.space('INTERNAL', 'OPEN');
    const old = await app.initiative(space.id, author, { title: 'Three votes ten days ago' });
    const fresh = await app.initiative(space.id, author, { title: 'One vote now' });
    const recent = await app.initiative(space.id, author, { title: 'Two votes yesterday' });
    const none = await app.initiative(space.id, author, { title: 'No votes at all' });
    await vote(old, people.slice(0, 3));
    await vote(fresh, people.slice(0, 1));
    await vote(recent, people.slice(0, 2));
    // Move every vote of an initiative back in time: its score drops by age / 72 h (see VotesService).
    const age = async (id: string, days: number) => {
      await app.db.query(`UPDATE votes SET created_at = created_at - make_interval(days => $2) WHERE initiative_id = $1`, [id, days]);
      await app.db.query(`UPDATE initiatives SET trending_log = trending_log - $2 * 86400 / 259200.0 WHERE id = $1`, [id, days]);
    };
    await age(old, 10);
    await age(recent, 1);
    // weights now: old 3·e^(−10/3) ≈ 0.11, fresh 1, recent 2·e^(−1/3) ≈ 1.43, none 0
    expect(await walk(space.id, 'TRENDING')).toEqual([recent, fresh, old, none]);
    // taking back the newest vote of `recent` leaves 1·e^(−1/3) ≈ 0.72 < 1
    await app.ok('mutation($id: ID!) { unvoteInitiative(initiativeId: $id) { id } }', { id: recent }, people[1].token);
    expect(await walk(space.id, 'TRENDING')).toEqual([fresh, recent, old, none]);
  });

  it('RECENT_ACTIVITY: an answer brings an initiative back to the top', async () => {
    const space = await app.space('INTERNAL', 'OPEN');
    const manager = await app.user('MANAGER');
    const first = await app.initiative(space.id, author, { title: 'Proposed first', createdAt: new Date(Date.now() - 3 * DAY) });
    const second = await app.initiative(space.id, author, { title: 'Proposed second', createdAt: new Date(Date.now() - 2 * DAY) });
    expect(await walk(space.id, 'RECENT_ACTIVITY')).toEqual([second, first]);
    await app.ok('mutation($input: ChangeStatusInput!) { changeInitiativeStatus(input: $input) { id } }', { input: { initiativeId: first, status: 'UNDER_REVIEW', note: 'Looking at it' } }, manager.token);
    expect(await walk(space.id, 'RECENT_ACTIVITY')).toEqual([first, second]);
  });

  it('refuses a cursor from another sort', async () => {
    const space = await app.space('INTERNAL', 'OPEN');
    await app.initiative(space.id, author);
    await app.initiative(space.id, author);
    const page = await app.ok(FEED, { filter: { spaceId: space.id }, sort: 'NEWEST', first: 1 }, author.token);
    expect(await app.code(FEED, { filter: { spaceId: space.id }, sort: 'MOST_VOTED', first: 1, after: page.initiatives.pageInfo.endCursor }, author.token)).toBe('BAD_USER_INPUT');
  });
});
