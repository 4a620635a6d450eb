import type { SpaceKind } from '../../../test/support/factories';
import { graphql } from '../../../test/support/gql';
import type { InitiativeStatus } from '../../../test/support/gql/graphql';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const RateInitiative = graphql(`
  mutation RateInitiative($input: RateInput!) {
    rateInitiative(input: $input) {
      id
      ratingAverage
      ratingCount
      viewerRating
      needsReview
    }
  }
`);

const ReviewState = graphql(`
  query ReviewState($id: ID!) {
    initiative(id: $id) {
      needsReview
      ratingCount
      ratingAverage
    }
  }
`);

const NeedingReview = graphql(`
  query NeedingReview {
    initiatives(filter: { needsReview: true }, first: 100) {
      nodes {
        needsReview
      }
    }
  }
`);

describe('co-design ratings and the review rule (docs/api.md#initiatives-and-their-life)', () => {
  let app: TestApp;
  let raters: TestUser[];
  let spaceManager: TestUser;
  let otherManager: TestUser;
  let author: TestUser;

  beforeAll(async () => {
    app = await TestApp.start();
    [spaceManager, otherManager, author] = await Promise.all([
      app.make.user({ role: 'MANAGER' }),
      app.make.user({ role: 'MANAGER' }),
      app.make.user(),
    ]);
    raters = [];
    for (let i = 0; i < 26; i += 1) raters.push(await app.make.user({ role: 'CUSTOMER' }));
  });
  afterAll(() => app.close());

  const ratable = async ({
    members,
    kind = 'COMMUNITY',
    status = 'IN_PROGRESS',
  }: { members?: TestUser[]; kind?: SpaceKind; status?: InitiativeStatus } = {}) =>
    (await app.make.initiative({ space: await app.make.space({ kind, members }), author, status })).id;
  const rate = (initiativeId: string, stars: number, rater: TestUser, comment?: string) =>
    app.as(rater).run(RateInitiative, { input: { initiativeId, stars, comment } });
  const rated = async (initiativeId: string, stars: number, rater: TestUser) =>
    (await app.as(rater).send(RateInitiative, { input: { initiativeId, stars } })).rateInitiative;
  const reviewState = async (id: string) => (await app.as(author).send(ReviewState, { id })).initiative;
  const reviewNotices = async (id: string) =>
    (
      await app.db.query<{ recipient_id: string }[]>(
        `SELECT recipient_id FROM notifications WHERE kind = 'NEEDS_REVIEW' AND initiative_id = $1`,
        [id],
      )
    ).map((row) => row.recipient_id);
  const storedAndCounted = async (id: string) => {
    const [{ rating_sum, rating_count }] = await app.db.query<{ rating_sum: number; rating_count: number }[]>(
      'SELECT rating_sum, rating_count FROM initiatives WHERE id = $1',
      [id],
    );
    const [{ sum, count }] = await app.db.query<{ sum: number; count: number }[]>(
      'SELECT sum(stars)::int AS sum, count(*)::int AS count FROM ratings WHERE initiative_id = $1',
      [id],
    );
    return { stored: [rating_sum, rating_count], counted: [sum, count] };
  };

  it('averages one rating per person; rating again replaces it', async () => {
    const id = await ratable();
    await rate(id, 5, raters[0]);
    await rate(id, 2, raters[1]);
    const again = (await rate(id, 4, raters[1], 'Better after the update')).data?.rateInitiative;
    expect(again).toMatchObject({ ratingCount: 2, ratingAverage: 4.5, viewerRating: 4, needsReview: false });
    const { stored, counted } = await storedAndCounted(id);
    expect(stored).toEqual(counted);
  });

  it.each<[string, SpaceKind, InitiativeStatus, number]>([
    ['an internal space', 'INTERNAL', 'IN_PROGRESS', 3],
    ['a SUBMITTED initiative', 'COMMUNITY', 'SUBMITTED', 3],
    ['a DECLINED initiative', 'COMMUNITY', 'DECLINED', 3],
    ['zero stars', 'COMMUNITY', 'IMPLEMENTED', 0],
    ['six stars', 'COMMUNITY', 'IMPLEMENTED', 6],
  ])('refuses ratings on %s with BAD_USER_INPUT and stores nothing', async (_name, kind, status, stars) => {
    const id = await ratable({ kind, status });
    const rater = kind === 'INTERNAL' ? await app.make.user() : raters[0];
    expect(await rate(id, stars, rater)).toHaveErrorCode('BAD_USER_INPUT');
    const [{ n }] = await app.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM ratings WHERE initiative_id = $1', [id]);
    expect(n).toBe(0);
  });

  it('needs at least 25 ratings: 24 low ratings do not trigger the review, the 25th does', async () => {
    const id = await ratable({ members: [spaceManager] });
    for (let i = 0; i < 24; i += 1) await rate(id, 1, raters[i]);
    expect(await reviewState(id)).toMatchObject({ needsReview: false, ratingCount: 24 });
    expect(await rated(id, 1, raters[24])).toMatchObject({ needsReview: true, ratingCount: 25 });
    // the space's manager is told, once; the other manager is not (the space has a manager member)
    expect(await reviewNotices(id)).toEqual([spaceManager.id]);
    await rate(id, 1, raters[25]);
    expect(await reviewNotices(id)).toEqual([spaceManager.id]);
  });

  it('flags an average of 2.96 but not 3.0, clears when ratings climb back, and tells again on a new crossing', async () => {
    const id = await ratable();
    // 25 ratings summing to 75 (average 3.0): not below 3
    const stars = [...Array<number>(12).fill(2), ...Array<number>(12).fill(4), 3];
    for (let i = 0; i < 25; i += 1) await rate(id, stars[i], raters[i]);
    expect(await reviewState(id)).toMatchObject({ needsReview: false, ratingAverage: 3 });
    // the last rater goes from 3 to 2: sum 74, average 2.96, below 3
    expect(await rated(id, 2, raters[24])).toMatchObject({ needsReview: true, ratingAverage: 2.96 });
    // no manager in the space: every manager is told
    expect(new Set(await reviewNotices(id))).toEqual(new Set([spaceManager.id, otherManager.id]));
    // climbing back to 3.0 clears it …
    expect((await rated(id, 3, raters[24])).needsReview).toBe(false);
    // … and falling again is a new crossing: told once more
    await rate(id, 2, raters[24]);
    expect((await reviewNotices(id)).length).toBe(4);
  });

  it('filters the initiatives that need a review', async () => {
    const { nodes } = (await app.as(spaceManager).send(NeedingReview)).initiatives;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node) => node.needsReview)).toBe(true);
  });

  it('stays exact under concurrent ratings', async () => {
    const id = await ratable();
    await Promise.all(raters.slice(0, 20).flatMap((rater, i) => [rate(id, (i % 5) + 1, rater), rate(id, ((i + 2) % 5) + 1, rater)]));
    const { stored, counted } = await storedAndCounted(id);
    expect(stored).toEqual(counted);
    expect(counted[1]).toBe(20);
  });
});
