import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

import { graphql } from '../../../test/support/gql';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const Vote = graphql(`
  mutation Vote($id: ID!) {
    voteInitiative(initiativeId: $id) {
      id
      voteCount
      viewerHasVoted
      followerCount
      viewerIsFollowing
    }
  }
`);

const Unvote = graphql(`
  mutation Unvote($id: ID!) {
    unvoteInitiative(initiativeId: $id) {
      id
      voteCount
      viewerHasVoted
      viewerIsFollowing
    }
  }
`);

const Follow = graphql(`
  mutation Follow($id: ID!) {
    followInitiative(initiativeId: $id) {
      followerCount
      viewerIsFollowing
    }
  }
`);

const Unfollow = graphql(`
  mutation Unfollow($id: ID!) {
    unfollowInitiative(initiativeId: $id) {
      followerCount
      viewerIsFollowing
    }
  }
`);

const ProposeAndFollow = graphql(`
  mutation ProposeAndFollow($input: ProposeInitiativeInput!) {
    proposeInitiative(input: $input) {
      id
      followerCount
      viewerIsFollowing
    }
  }
`);

describe('votes and follows', () => {
  let app: TestApp;
  let author: TestUser;
  let voter: TestUser;
  let space: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    [author, voter] = await Promise.all([app.make.user(), app.make.user({ role: 'CUSTOMER' })]);
    space = await app.make.space();
  });
  afterAll(() => app.close());

  const counts = async (id: string) => {
    const [row] = await app.db.query<{ vote_count: number; follower_count: number; votes: number; follows: number }[]>(
      `SELECT vote_count, follower_count,
              (SELECT count(*)::int FROM votes WHERE initiative_id = $1) AS votes,
              (SELECT count(*)::int FROM follows WHERE initiative_id = $1) AS follows
         FROM initiatives WHERE id = $1`,
      [id],
    );
    return row;
  };
  const idea = async () => (await app.make.initiative({ space, author })).id;

  it('the author follows what they propose', async () => {
    const { proposeInitiative } = await app.as(author).send(ProposeAndFollow, {
      input: { spaceId: space.id, title: 'A bench by the entrance', body: 'For people who wait.', orientation: 'CUSTOMER' },
    });
    expect(proposeInitiative).toMatchObject({ followerCount: 1, viewerIsFollowing: true });
  });

  it('counts one vote per person, makes voters follow, and takes votes back', async () => {
    const id = await idea();
    const asVoter = app.as(voter);
    expect((await asVoter.send(Vote, { id })).voteInitiative).toMatchObject({
      voteCount: 1,
      viewerHasVoted: true,
      viewerIsFollowing: true,
      followerCount: 1,
    });
    expect((await asVoter.send(Vote, { id })).voteInitiative).toMatchObject({ voteCount: 1, viewerHasVoted: true });
    expect((await asVoter.send(Unvote, { id })).unvoteInitiative).toMatchObject({
      voteCount: 0,
      viewerHasVoted: false,
      viewerIsFollowing: true,
    });
    expect((await asVoter.send(Unvote, { id })).unvoteInitiative.voteCount).toBe(0);
    const row = await counts(id);
    expect(row.vote_count).toBe(row.votes);
    expect(row.follower_count).toBe(row.follows);
  });

  it.each(['DECLINED', 'MERGED'])('refuses votes on %s initiatives with BAD_USER_INPUT and changes nothing', async (status) => {
    const id = await idea();
    const target = status === 'MERGED' ? await idea() : null;
    await app.db.query('UPDATE initiatives SET status = $2, merged_into_id = $3 WHERE id = $1', [id, status, target]);
    await expect(app.as(voter).send(Vote, { id })).rejects.toHaveErrorCode('BAD_USER_INPUT');
    expect(await counts(id)).toEqual({ vote_count: 0, follower_count: 0, votes: 0, follows: 0 });
  });

  it('is NOT_FOUND for initiatives the voter cannot see', async () => {
    const internal = await app.make.space({ kind: 'INTERNAL' });
    const { id } = await app.make.initiative({ space: internal, author });
    const onInitiative: TypedDocumentNode<unknown, { id: string }>[] = [Vote, Unvote, Follow, Unfollow];
    for (const mutation of onInitiative) await expect(app.as(voter).send(mutation, { id })).rejects.toHaveErrorCode('NOT_FOUND');
    expect(await counts(id)).toEqual({ vote_count: 0, follower_count: 0, votes: 0, follows: 0 });
  });

  it('follows and unfollows, idempotently', async () => {
    const id = await idea();
    const asVoter = app.as(voter);
    expect((await asVoter.send(Follow, { id })).followInitiative).toEqual({ followerCount: 1, viewerIsFollowing: true });
    expect((await asVoter.send(Follow, { id })).followInitiative).toEqual({ followerCount: 1, viewerIsFollowing: true });
    expect((await asVoter.send(Unfollow, { id })).unfollowInitiative).toEqual({ followerCount: 0, viewerIsFollowing: false });
    expect((await asVoter.send(Unfollow, { id })).unfollowInitiative).toEqual({ followerCount: 0, viewerIsFollowing: false });
  });

  it('keeps counts exact under 200 concurrent voters and 100 interleaved toggles of one person', async () => {
    const id = await idea();
    const voters: TestUser[] = [];
    for (let i = 0; i < 200; i += 1) voters.push(await app.make.user({ role: i % 2 ? 'CUSTOMER' : 'EMPLOYEE' }));
    const toggler = await app.make.user({ role: 'CUSTOMER' });
    const calls: Promise<{ errors?: unknown[] }>[] = voters.map((someone) => app.as(someone).run(Vote, { id }));
    for (let i = 0; i < 100; i += 1)
      calls.splice(i * 3, 0, i % 2 ? app.as(toggler).run(Unvote, { id }) : app.as(toggler).run(Vote, { id }));
    const results = await Promise.all(calls);
    expect(results.filter((result) => result.errors)).toEqual([]);
    const row = await counts(id);
    expect(row.vote_count).toBe(row.votes);
    expect(row.follower_count).toBe(row.follows);
    expect(row.votes === 200 || row.votes === 201).toBe(true);
    expect(row.follows).toBe(201);
    const [{ n }] = await app.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM votes WHERE initiative_id = $1 AND user_id = $2', [
      id,
      toggler.id,
    ]);
    expect(row.votes).toBe(200 + n);
  });
});
