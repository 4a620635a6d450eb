import { TestApp, type TestUser } from '../../../test/support/test-app';

const VOTE = 'mutation($id: ID!) { voteInitiative(initiativeId: $id) { id voteCount viewerHasVoted followerCount viewerIsFollowing } }';
const UNVOTE = 'mutation($id: ID!) { unvoteInitiative(initiativeId: $id) { id voteCount viewerHasVoted viewerIsFollowing } }';
const FOLLOW = 'mutation($id: ID!) { followInitiative(initiativeId: $id) { followerCount viewerIsFollowing } }';
const UNFOLLOW = 'mutation($id: ID!) { unfollowInitiative(initiativeId: $id) { followerCount viewerIsFollowing } }';
const PROPOSE = 'mutation($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { id followerCount viewerIsFollowing } }';

describe('votes and follows', () => {
  let app: TestApp;
  let author: TestUser;
  let voter: TestUser;
  let space: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    [author, voter] = await Promise.all([app.user('EMPLOYEE'), app.user('CUSTOMER')]);
    space = await app.space('COMMUNITY', 'OPEN');
  });
  afterAll(() => app.close());

  const counts = async (id: string) => {
    const [row] = await app.db.query(
      `SELECT vote_count, follower_count,
              (SELECT count(*)::int FROM votes WHERE initiative_id = $1) AS votes,
              (SELECT count(*)::int FROM follows WHERE initiative_id = $1) AS follows
         FROM initiatives WHERE id = $1`,
      [id],
    );
    return row as { vote_count: number; follower_count: number; votes: number; follows: number };
  };

  it('the author follows what they propose', async () => {
    const data = await app.ok(PROPOSE, { input: { spaceId: space.id, title: 'A bench by the entrance', body: 'For people who wait.', orientation: 'CUSTOMER' } }, author.token);
    expect(data.proposeInitiative).toMatchObject({ followerCount: 1, viewerIsFollowing: true });
  });

  it('counts one vote per person, makes voters follow, and takes votes back', async () => {
    const id = await app.initiative(space.id, author);
    expect((await app.ok(VOTE, { id }, voter.token)).voteInitiative).toMatchObject({ voteCount: 1, viewerHasVoted: true, viewerIsFollowing: true, followerCount: 1 });
    expect((await app.ok(VOTE, { id }, voter.token)).voteInitiative).toMatchObject({ voteCount: 1, viewerHasVoted: true });
    expect((await app.ok(UNVOTE, { id }, voter.token)).unvoteInitiative).toMatchObject({ voteCount: 0, viewerHasVoted: false, viewerIsFollowing: true });
    expect((await app.ok(UNVOTE, { id }, voter.token)).unvoteInitiative.voteCount).toBe(0);
    const row = await counts(id);
    expect(row.vote_count).toBe(row.votes);
    expect(row.follower_count).toBe(row.follows);
  });

  it.each(['DECLINED', 'MERGED'])('refuses votes on %s initiatives with BAD_USER_INPUT and changes nothing', async (status) => {
    const id = await app.initiative(space.id, author);
    const target = status === 'MERGED' ? await app.initiative(space.id, author) : null;
    await app.db.query('UPDATE initiatives SET status = $2, merged_into_id = $3 WHERE id = $1', [id, status, target]);
    expect(await app.code(VOTE, { id }, voter.token)).toBe('BAD_USER_INPUT');
    expect(await counts(id)).toEqual({ vote_count: 0, follower_count: 0, votes: 0, follows: 0 });
  });

  it('is NOT_FOUND for initiatives the voter cannot see', async () => {
    const internal = await app.space('INTERNAL', 'OPEN');
    const id = await app.initiative(internal.id, author);
    for (const mutation of [VOTE, UNVOTE, FOLLOW, UNFOLLOW]) expect(await app.code(mutation, { id }, voter.token)).toBe('NOT_FOUND');
    expect(await counts(id)).toEqual({ vote_count: 0, follower_count: 0, votes: 0, follows: 0 });
  });

  it('follows and unfollows, idempotently', async () => {
    const id = await app.initiative(space.id, author);
    expect((await app.ok(FOLLOW, { id }, voter.token)).followInitiative).toEqual({ followerCount: 1, viewerIsFollowing: true });
    expect((await app.ok(FOLLOW, { id }, voter.token)).followInitiative).toEqual({ followerCount: 1, viewerIsFollowing: true });
    expect((await app.ok(UNFOLLOW, { id }, voter.token)).unfollowInitiative).toEqual({ followerCount: 0, viewerIsFollowing: false });
    expect((await app.ok(UNFOLLOW, { id }, voter.token)).unfollowInitiative).toEqual({ followerCount: 0, viewerIsFollowing: false });
  });

  it('keeps counts exact under 200 concurrent voters and 100 interleaved toggles of one person', async () => {
    const id = await app.initiative(space.id, author);
    const voters: TestUser[] = [];
    for (let i = 0; i < 200; i += 1) voters.push(await app.user(i % 2 ? 'CUSTOMER' : 'EMPLOYEE'));
    const toggler = await app.user('CUSTOMER');
    const calls: Promise<unknown>[] = voters.map((v) => app.gql(VOTE, { id }, v.token));
    for (let i = 0; i < 100; i += 1) calls.splice(i * 3, 0, app.gql(i % 2 ? UNVOTE : VOTE, { id }, toggler.token));
    const results = (await Promise.all(calls)) as { errors?: unknown[] }[];
    expect(results.filter((r) => r.errors)).toEqual([]);
    const row = await counts(id);
    expect(row.vote_count).toBe(row.votes);
    expect(row.follower_count).toBe(row.follows);
    expect(row.votes === 200 || row.votes === 201).toBe(true);
    expect(row.follows).toBe(201);
    const [{ n }] = await app.db.query('SELECT count(*)::int AS n FROM votes WHERE initiative_id = $1 AND user_id = $2', [id, toggler.id]);
    expect(row.votes).toBe(200 + n);
  });
});
