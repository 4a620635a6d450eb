import fc from 'fast-check';

import { TestApp, type TestUser } from '../../../test/support/test-app';
import { VotesRepository } from './votes.repository';

const DAY = 24 * 3600 * 1000;

/**
 * trending_log is kept incrementally (log_add_exp on a vote, log_sub_exp on an unvote); whatever
 * the sequence, it must equal ln Σ e^x recomputed from the remaining rows. The expected value is
 * computed here with its own SQL, so the test does not trust the functions it checks.
 */
describe('trending score', () => {
  let app: TestApp;
  let votes: VotesRepository;
  let author: TestUser;
  let people: TestUser[];
  let space: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    votes = app.app.get(VotesRepository);
    author = await app.make.user();
    people = [];
    for (let i = 0; i < 8; i += 1) people.push(await app.make.user());
    space = await app.make.space({ kind: 'INTERNAL' });
  });
  afterAll(() => app.close());

  const idea = async () => (await app.make.initiative({ space, author })).id;
  const vote = (id: string, user: TestUser, at: Date | null) => votes.add(app.db.manager, user, id, at);
  const unvote = (id: string, user: TestUser) => votes.remove(app.db.manager, user, id);

  const scores = async (id: string): Promise<{ stored: number | null; exact: number | null; count: number }> => {
    const [row]: { stored: number | null; exact: number | null; count: number }[] = await app.db.query(
      `SELECT i.trending_log AS stored, i.vote_count AS count,
              (SELECT max(x) + ln(sum(exp(x - m)))
                 FROM (SELECT trending_x(created_at) AS x, max(trending_x(created_at)) OVER () AS m
                         FROM votes WHERE initiative_id = i.id) s) AS exact
         FROM initiatives i WHERE i.id = $1`,
      [id],
    );
    return row;
  };

  const expectExact = async (id: string) => {
    const { stored, exact } = await scores(id);
    if (exact === null) return expect(stored).toBeNull();
    expect(stored).not.toBeNull();
    // 1e-9 relative (absolute near zero, where x itself is near zero in early 2026)
    expect(Math.abs((stored ?? NaN) - exact)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(exact)));
  };

  it('forgets a new vote on an old idea exactly (the drift reported: 83 days off)', async () => {
    const id = await idea();
    await vote(id, people[0], new Date('2026-01-01T00:00:00Z')); // x = 0
    await vote(id, people[1], null); // now: e^x dwarfs e^0, so the sum rounds to the new term alone
    await unvote(id, people[1]);
    expect((await scores(id)).stored).toBeCloseTo(0, 9);
    await expectExact(id);
  });

  it('stays equal to the score recomputed from the rows under any votes and unvotes', async () => {
    const now = Date.now();
    // Old votes spread over eighteen months, and votes from the last hour (which dominate the sum).
    const when = fc.oneof(
      fc.integer({ min: 0, max: 540 * DAY }).map((ago) => new Date(now - ago)),
      fc.integer({ min: 0, max: 3600 * 1000 }).map((ago) => new Date(now - ago)),
      fc.integer({ min: 0, max: 10 * DAY }).map((ago) => new Date(now - ago)),
    );
    const step = fc.record({ person: fc.nat(people.length - 1), unvote: fc.boolean(), at: when });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 24 }), async (steps) => {
        const id = await idea();
        for (const { person, unvote: takesBack, at } of steps) {
          if (takesBack) await unvote(id, people[person]);
          else await vote(id, people[person], at);
          await expectExact(id);
        }
        // Then everyone takes their vote back, newest first: the worst order for subtraction.
        const left: { user_id: string }[] = await app.db.query(
          'SELECT user_id FROM votes WHERE initiative_id = $1 ORDER BY created_at DESC',
          [id],
        );
        for (const { user_id } of left) {
          await votes.remove(app.db.manager, { id: user_id, role: 'EMPLOYEE' }, id);
          await expectExact(id);
        }
        expect(await scores(id)).toEqual({ stored: null, exact: null, count: 0 });
      }),
      { numRuns: 60 },
    );
  });
  it('recount_initiatives puts every counter back from the rows, and only for the ids given', async () => {
    const [id, other] = [await idea(), await idea()];
    for (const [n, person] of people.slice(0, 3).entries()) {
      await vote(id, person, new Date(Date.now() - n * 40 * DAY));
      await app.make.follow({ id }, person); // voting follows already
      await app.make.rating({ id }, person, n + 2);
    }
    const top = await app.make.comment({ initiative: { id }, author, body: 'Top' });
    await app.make.comment({ initiative: { id }, author, body: 'Reply', parent: top });
    await app.make.comment({ initiative: { id }, author, body: 'Hidden', hidden: true });
    const wrong =
      'UPDATE initiatives SET vote_count = 9, follower_count = 9, comment_count = 9, rating_count = 1, rating_sum = 1, trending_log = 1 WHERE id = ANY($1)';
    await app.db.query(wrong, [[id, other]]);
    const [{ changed }]: { changed: number }[] = await app.db.query('SELECT recount_initiatives($1::uuid[]) AS changed', [[id]]);
    expect(changed).toBe(1);
    const counters = 'SELECT vote_count, follower_count, comment_count, rating_count, rating_sum FROM initiatives WHERE id = $1';
    expect(await app.db.query(counters, [id])).toEqual([
      { vote_count: 3, follower_count: 3, comment_count: 2, rating_count: 3, rating_sum: 9 },
    ]);
    await expectExact(id);
    expect((await app.db.query(counters, [other]))[0].vote_count).toBe(9); // not among the ids
    await app.db.query('SELECT recount_initiatives(NULL)');
    expect(await app.db.query(counters, [other])).toEqual([
      { vote_count: 0, follower_count: 0, comment_count: 0, rating_count: 0, rating_sum: 0 },
    ]);
    expect((await scores(other)).stored).toBeNull();
  });
});
