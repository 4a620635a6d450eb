import { TestApp, type TestUser } from '../../../test/support/test-app';

const RATE = 'mutation($input: RateInput!) { rateInitiative(input: $input) { id ratingAverage ratingCount viewerRating needsReview } }';

describe('co-design ratings and the review rule (DESIGN.md §3)', () => {
  let app: TestApp;
  let raters: TestUser[];
  let spaceManager: TestUser;
  let otherManager: TestUser;
  let author: TestUser;

  beforeAll(async () => {
    app = await TestApp.start();
    [spaceManager, otherManager, author] = await Promise.all([app.user('MANAGER'), app.user('MANAGER'), app.user('EMPLOYEE')]);
    raters = [];
    for (let i = 0; i < 26; i += 1) raters.push(await app.user('CUSTOMER'));
  });
  afterAll(() => app.close());

  const ratable = async (spaceOptions: { members?: TestUser[] } = {}, kind: 'COMMUNITY' | 'INTERNAL' = 'COMMUNITY', status = 'IN_PROGRESS') => {
    const space = await app.space(kind, 'OPEN', spaceOptions);
    const id = await app.initiative(space.id, author);
    await app.db.query('UPDATE initiatives SET status = $2 WHERE id = $1', [id, status]);
    return id;
  };
  const rate = (id: string, stars: number, who: TestUser, comment?: string) => app.gql(RATE, { input: { initiativeId: id, stars, comment } }, who.token);
  const reviewNotices = async (id: string) =>
    (await app.db.query(`SELECT recipient_id FROM notifications WHERE kind = 'NEEDS_REVIEW' AND initiative_id = $1`, [id])).map((r: { recipient_id: string }) => r.recipient_id);

  it('averages one rating per person; rating again replaces it', async () => {
    const id = await ratable();
    await rate(id, 5, raters[0]);
    await rate(id, 2, raters[1]);
    const again = (await rate(id, 4, raters[1], 'Better after the update')).data?.rateInitiative;
    expect(again).toMatchObject({ ratingCount: 2, ratingAverage: 4.5, viewerRating: 4, needsReview: false });
    const [{ rating_sum, rating_count }] = await app.db.query('SELECT rating_sum, rating_count FROM initiatives WHERE id = $1', [id]);
    const [{ sum, count }] = await app.db.query('SELECT sum(stars)::int AS sum, count(*)::int AS count FROM ratings WHERE initiative_id = $1', [id]);
    expect([rating_sum, rating_count]).toEqual([sum, count]);
  });

  it.each([
    ['an internal space', 'INTERNAL', 'IN_PROGRESS', 3],
    ['a SUBMITTED initiative', 'COMMUNITY', 'SUBMITTED', 3],
    ['a DECLINED initiative', 'COMMUNITY', 'DECLINED', 3],
    ['zero stars', 'COMMUNITY', 'IMPLEMENTED', 0],
    ['six stars', 'COMMUNITY', 'IMPLEMENTED', 6],
  ])('refuses ratings on %s with BAD_USER_INPUT and stores nothing', async (_name, kind, status, stars) => {
    const id = await ratable({}, kind as 'COMMUNITY' | 'INTERNAL', status);
    const who = kind === 'INTERNAL' ? await app.user('EMPLOYEE') : raters[0];
    expect((await rate(id, stars, who)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [{ n }] = await app.db.query('SELECT count(*)::int AS n FROM ratings WHERE initiative_id = $1', [id]);
    expect(n).toBe(0);
  });

  it('needs at least 25 ratings: 24 low ratings do not trigger the review, the 25th does', async () => {
    const id = await ratable({ members: [spaceManager] });
    for (let i = 0; i < 24; i += 1) await rate(id, 1, raters[i]);
    expect((await app.ok('query($id: ID!) { initiative(id: $id) { needsReview ratingCount } }', { id }, author.token)).initiative).toEqual({ needsReview: false, ratingCount: 24 });
    const crossing = (await rate(id, 1, raters[24])).data?.rateInitiative;
    expect(crossing).toMatchObject({ needsReview: true, ratingCount: 25 });
    // the space's manager is told, once; the other manager is not (the space has a manager member)
    expect(await reviewNotices(id)).toEqual([spaceManager.id]);
    await rate(id, 1, raters[25]);
    expect(await reviewNotices(id)).toEqual([spaceManager.id]);
  });

  it('flags an average of 2.96 but not 3.0, clears when ratings climb back, and tells again on a new crossing', async () => {
    const id = await ratable();
    // 25 ratings summing to 75 (average 3.0): not below 3
    const stars = [...Array(12).fill(2), ...Array(12).fill(4), 3];
    for (let i = 0; i < 25; i += 1) await rate(id, stars[i], raters[i]);
    const atThree = (await app.ok('query($id: ID!) { initiative(id: $id) { needsReview ratingAverage } }', { id }, author.token)).initiative;
    expect(atThree).toEqual({ needsReview: false, ratingAverage: 3 });
    // the last rater goes from 3 to 2: sum 74, average 2.96, below 3
    expect((await rate(id, 2, raters[24])).data?.rateInitiative).toMatchObject({ needsReview: true, ratingAverage: 2.96 });
    // no manager in the space: every manager is told
    expect(new Set(await reviewNotices(id))).toEqual(new Set([spaceManager.id, otherManager.id]));
    // climbing back to 3.0 clears it …
    expect((await app.ok(RATE, { input: { initiativeId: id, stars: 3 } }, raters[24].token)).rateInitiative.needsReview).toBe(false);
    // … and falling again is a new crossing: told once more
    await rate(id, 2, raters[24]);
    expect((await reviewNotices(id)).length).toBe(4);
  });

  it('filters the initiatives that need a review', async () => {
    const data = await app.ok('query { initiatives(filter: { needsReview: true }, first: 100) { nodes { needsReview } } }', {}, spaceManager.token);
    expect(data.initiatives.nodes.length).toBeGreaterThan(0);
    expect(data.initiatives.nodes.every((n: { needsReview: boolean }) => n.needsReview)).toBe(true);
  });

  it('stays exact under concurrent ratings', async () => {
    const id = await ratable();
    await Promise.all(raters.slice(0, 20).flatMap((r, i) => [rate(id, (i % 5) + 1, r), rate(id, ((i + 2) % 5) + 1, r)]));
    const [{ rating_sum, rating_count }] = await app.db.query('SELECT rating_sum, rating_count FROM initiatives WHERE id = $1', [id]);
    const [{ sum, count }] = await app.db.query('SELECT sum(stars)::int AS sum, count(*)::int AS count FROM ratings WHERE initiative_id = $1', [id]);
    expect([rating_sum, rating_count]).toEqual([sum, count]);
    expect(count).toBe(20);
  });
});
