import { graphql } from '../../../test/support/gql';
import type { InitiativeSort } from '../../../test/support/gql/graphql';
import { ChangeInitiativeStatus, FeedPage, VoteInitiative } from '../../../test/support/operations';
import { allPages, idsOfPages } from '../../../test/support/paging';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const UnvoteInitiative = graphql(`
  mutation UnvoteInitiative($initiativeId: ID!) {
    unvoteInitiative(initiativeId: $initiativeId) {
      id
    }
  }
`);

const DAY = 24 * 3600 * 1000;

describe('feed sorts', () => {
  let app: TestApp;
  let people: TestUser[];
  let author: TestUser;

  beforeAll(async () => {
    app = await TestApp.start();
    author = await app.make.user();
    people = [];
    for (let i = 0; i < 6; i += 1) people.push(await app.make.user());
  });
  afterAll(() => app.close());

  const vote = async (initiativeId: string, voters: TestUser[]) => {
    for (const person of voters) await app.as(person).send(VoteInitiative, { initiativeId });
  };
  const idea = async (space: { id: string }, title?: string, createdAt?: Date) =>
    (await app.make.initiative({ space, author, title, createdAt })).id;
  const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

  /** Pages through a whole sort, 2 at a time, and returns the ids in order. */
  const walk = async (spaceId: string, sort: InitiativeSort) =>
    idsOfPages(
      await allPages(async (after) => (await app.as(author).send(FeedPage, { filter: { spaceId }, sort, first: 2, after })).initiatives),
    );

  it('MOST_VOTED: most votes first, ties newest first, stable across pages', async () => {
    const space = await app.make.space({ kind: 'INTERNAL' });
    const a = await idea(space, 'Three votes', daysAgo(5));
    const b = await idea(space, 'One vote, older', daysAgo(4));
    const c = await idea(space, 'One vote, newer', daysAgo(3));
    const sameTime = daysAgo(2);
    const d = await idea(space, 'No votes, same time', sameTime);
    const e = await idea(space, 'No votes, same time', sameTime);
    await vote(a, people.slice(0, 3));
    await vote(b, people.slice(0, 1));
    await vote(c, people.slice(1, 2));
    const order = await walk(space.id, 'MOST_VOTED');
    expect(order.slice(0, 3)).toEqual([a, c, b]);
    expect(new Set(order.slice(3))).toEqual(new Set([d, e]));
    expect(order).toHaveLength(5);
  });

  it('TRENDING: recent votes weigh more than many old ones', async () => {
    const space = await app.make.space({ kind: 'INTERNAL' });
    const old = await idea(space, 'Three votes ten days ago');
    const fresh = await idea(space, 'One vote now');
    const recent = await idea(space, 'Two votes yesterday');
    const none = await idea(space, 'No votes at all');
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
    await app.as(people[1]).send(UnvoteInitiative, { initiativeId: recent });
    expect(await walk(space.id, 'TRENDING')).toEqual([fresh, recent, old, none]);
  });

  it('RECENT_ACTIVITY: an answer brings an initiative back to the top', async () => {
    const space = await app.make.space({ kind: 'INTERNAL' });
    const manager = await app.make.user({ role: 'MANAGER' });
    const first = await idea(space, 'Proposed first', daysAgo(3));
    const second = await idea(space, 'Proposed second', daysAgo(2));
    expect(await walk(space.id, 'RECENT_ACTIVITY')).toEqual([second, first]);
    await app.as(manager).send(ChangeInitiativeStatus, { input: { initiativeId: first, status: 'UNDER_REVIEW', note: 'Looking at it' } });
    expect(await walk(space.id, 'RECENT_ACTIVITY')).toEqual([first, second]);
  });

  it('refuses a cursor from another sort', async () => {
    const space = await app.make.space({ kind: 'INTERNAL' });
    await idea(space);
    await idea(space);
    const page = await app.as(author).send(FeedPage, { filter: { spaceId: space.id }, sort: 'NEWEST', first: 1 });
    const otherSort = { filter: { spaceId: space.id }, sort: 'MOST_VOTED' as const, first: 1, after: page.initiatives.pageInfo.endCursor };
    await expect(app.as(author).send(FeedPage, otherSort)).rejects.toHaveErrorCode('BAD_USER_INPUT');
  });
});
