import { graphql } from '../../../test/support/gql';
import { ChangeInitiativeStatus, PostComment, Propose, VoteInitiative } from '../../../test/support/operations';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const FollowSpaceAs = graphql(`
  mutation FollowSpaceAs($spaceId: ID!, $notifyOnNewInitiatives: Boolean) {
    followSpace(spaceId: $spaceId, notifyOnNewInitiatives: $notifyOnNewInitiatives) {
      id
      viewerIsFollowing
      viewerNotifiesOnNewInitiatives
    }
  }
`);

const UnfollowSpaceAs = graphql(`
  mutation UnfollowSpaceAs($spaceId: ID!) {
    unfollowSpace(spaceId: $spaceId) {
      id
      viewerIsFollowing
      viewerNotifiesOnNewInitiatives
    }
  }
`);

const SpaceFollowing = graphql(`
  query SpaceFollowing($id: ID!) {
    space(id: $id) {
      id
      viewerIsFollowing
      viewerNotifiesOnNewInitiatives
    }
  }
`);

const LaunchChallengeForFollowers = graphql(`
  mutation LaunchChallengeForFollowers($input: LaunchChallengeInput!) {
    launchChallenge(input: $input) {
      id
    }
  }
`);

describe('following a space (DESIGN.md §5)', () => {
  let app: TestApp;
  let manager: TestUser;

  beforeAll(async () => {
    app = await TestApp.start();
    manager = await app.make.user({ role: 'MANAGER' });
  });
  afterAll(() => app.close());

  const following = async (user: TestUser, spaceId: string) => {
    const { space } = await app.as(user).send(SpaceFollowing, { id: spaceId });
    if (!space) throw new Error('space not found');
    return space;
  };
  const propose = async (user: TestUser, spaceId: string, title = 'Self-checkout for small baskets') =>
    (await app.as(user).send(Propose, { input: { spaceId, title, body: 'Queues are long at noon.', orientation: 'CUSTOMER' } }))
      .proposeInitiative.id;
  const told = (kind: string, about: string) =>
    app.db
      .query<{ recipient_id: string }[]>(
        `SELECT recipient_id FROM notifications WHERE kind = $1 AND (initiative_id = $2 OR challenge_id = $2) ORDER BY recipient_id`,
        [kind, about],
      )
      .then((rows) => rows.map((row) => row.recipient_id));

  it('follows and unfollows a space, with or without every new initiative, and says so', async () => {
    const [space, customer] = await Promise.all([app.make.space(), app.make.user({ role: 'CUSTOMER' })]);
    expect(await following(customer, space.id)).toMatchObject({ viewerIsFollowing: false, viewerNotifiesOnNewInitiatives: false });
    const followed = await app.as(customer).send(FollowSpaceAs, { spaceId: space.id });
    expect(followed.followSpace).toMatchObject({ viewerIsFollowing: true, viewerNotifiesOnNewInitiatives: false });
    const everything = await app.as(customer).send(FollowSpaceAs, { spaceId: space.id, notifyOnNewInitiatives: true });
    expect(everything.followSpace).toMatchObject({ viewerIsFollowing: true, viewerNotifiesOnNewInitiatives: true });
    const unfollowed = await app.as(customer).send(UnfollowSpaceAs, { spaceId: space.id });
    expect(unfollowed.unfollowSpace).toMatchObject({ viewerIsFollowing: false, viewerNotifiesOnNewInitiatives: false });
  });

  it('refuses a space the person cannot see as NOT_FOUND, like every operation', async () => {
    const [hidden, internal, customer] = await Promise.all([
      app.make.space({ access: 'INVITE_ONLY' }),
      app.make.space({ kind: 'INTERNAL' }),
      app.make.user({ role: 'CUSTOMER' }),
    ]);
    for (const space of [hidden, internal]) {
      await expect(app.as(customer).send(FollowSpaceAs, { spaceId: space.id })).rejects.toHaveErrorCode('NOT_FOUND');
      await expect(app.as(customer).send(UnfollowSpaceAs, { spaceId: space.id })).rejects.toHaveErrorCode('NOT_FOUND');
    }
    await expect(app.as(customer).send(FollowSpaceAs, { spaceId: 'not-an-id' })).rejects.toHaveErrorCode('NOT_FOUND');
    expect(await app.db.query(`SELECT 1 FROM space_follows WHERE user_id = $1`, [customer.id])).toHaveLength(0);
  });

  it('makes members, proposers, voters and commenters follow by themselves', async () => {
    const [member, proposer, voter, commenter, bystander] = await Promise.all([
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'EMPLOYEE' }),
      app.make.user({ role: 'CUSTOMER' }),
    ]);
    const space = await app.make.space({ access: 'INVITE_ONLY', members: [member, proposer, voter, commenter] });
    const open = await app.make.space();
    const id = await propose(proposer, space.id);
    await app.as(voter).send(VoteInitiative, { initiativeId: id });
    await app.as(commenter).send(PostComment, { input: { initiativeId: id, body: 'Yes please' } });
    for (const person of [member, proposer, voter, commenter]) expect((await following(person, space.id)).viewerIsFollowing).toBe(true);
    // In an open space it is the participation that makes them follow, not a membership.
    const openId = await propose(proposer, open.id);
    await app.as(voter).send(VoteInitiative, { initiativeId: openId });
    await app.as(commenter).send(PostComment, { input: { initiativeId: openId, body: 'Me too' } });
    for (const person of [proposer, voter, commenter]) expect((await following(person, open.id)).viewerIsFollowing).toBe(true);
    expect((await following(bystander, open.id)).viewerIsFollowing).toBe(false);
  });

  it('keeps an unfollow: neither membership nor a later vote, comment or proposal follows again', async () => {
    const member = await app.make.user({ role: 'EMPLOYEE' });
    const space = await app.make.space({ members: [member] });
    const other = await app.make.user({ role: 'EMPLOYEE' });
    const id = await propose(other, space.id);
    await app.as(member).send(UnfollowSpaceAs, { spaceId: space.id });
    await app.as(member).send(VoteInitiative, { initiativeId: id });
    await app.as(member).send(PostComment, { input: { initiativeId: id, body: 'Agreed' } });
    await propose(member, space.id, 'Another idea of mine');
    expect(await following(member, space.id)).toMatchObject({ viewerIsFollowing: false });
    expect((await app.as(member).send(FollowSpaceAs, { spaceId: space.id })).followSpace.viewerIsFollowing).toBe(true);
  });

  it('keeps a vote at its three statements while it follows the space', async () => {
    const [space, voter, author] = await Promise.all([app.make.space(), app.make.user({ role: 'CUSTOMER' }), app.make.user()]);
    const initiative = await app.make.initiative({ space, author });
    const statements = await app.countStatements(() => app.as(voter).send(VoteInitiative, { initiativeId: initiative.id }));
    expect(statements).toBeLessThanOrEqual(3);
    expect((await following(voter, space.id)).viewerIsFollowing).toBe(true);
  });

  it('announces a challenge to every follower of an open space, members included, not to the manager who launched it', async () => {
    const [member, follower, quitter] = await Promise.all([
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }), // a bystander, who hears nothing
    ]);
    const space = await app.make.space({ members: [member, quitter] });
    await app.as(follower).send(FollowSpaceAs, { spaceId: space.id });
    await app.as(quitter).send(UnfollowSpaceAs, { spaceId: space.id });
    await app.as(manager).send(FollowSpaceAs, { spaceId: space.id });
    const hour = 3_600_000;
    const { launchChallenge } = await app.as(manager).send(LaunchChallengeForFollowers, {
      input: {
        spaceId: space.id,
        title: 'Shorter queues',
        brief: 'How?',
        opensAt: new Date(Date.now() - hour).toISOString(),
        closesAt: new Date(Date.now() + 24 * hour).toISOString(),
      },
    });
    expect(await told('CHALLENGE_OPENED', launchChallenge.id)).toEqual([member.id, follower.id].sort());
  });

  it('tells INITIATIVE_PROPOSED only to followers who chose it, never to the proposer or to who cannot see the space', async () => {
    const [eager, quiet, proposer, outsider] = await Promise.all([
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
    ]);
    const space = await app.make.space({ access: 'INVITE_ONLY', members: [eager, quiet, proposer, outsider] });
    await app.as(eager).send(FollowSpaceAs, { spaceId: space.id, notifyOnNewInitiatives: true });
    await app.as(quiet).send(FollowSpaceAs, { spaceId: space.id });
    await app.as(proposer).send(FollowSpaceAs, { spaceId: space.id, notifyOnNewInitiatives: true });
    await app.as(outsider).send(FollowSpaceAs, { spaceId: space.id, notifyOnNewInitiatives: true });
    await app.db.query('DELETE FROM space_members WHERE space_id = $1 AND user_id = $2', [space.id, outsider.id]);
    const id = await propose(proposer, space.id, 'Reusable bags at the till');
    expect(await told('INITIATIVE_PROPOSED', id)).toEqual([eager.id]);
  });

  it('tells the voters and commenters when an initiative is implemented, once each, even those who stopped following it', async () => {
    const [author, voter, commenter, both] = await Promise.all([
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
    ]);
    const space = await app.make.space();
    const id = await propose(author, space.id);
    await app.as(voter).send(VoteInitiative, { initiativeId: id });
    await app.as(commenter).send(PostComment, { input: { initiativeId: id, body: 'Great' } });
    await app.as(both).send(VoteInitiative, { initiativeId: id });
    await app.as(both).send(PostComment, { input: { initiativeId: id, body: 'Yes' } });
    // Unfollowing the initiative stops the other answers, not the news that it was done.
    await app.db.query('DELETE FROM follows WHERE initiative_id = $1 AND user_id = ANY($2::uuid[])', [id, [voter.id, commenter.id]]);
    for (const status of ['UNDER_REVIEW', 'SELECTED'] as const)
      await app.as(manager).send(ChangeInitiativeStatus, { input: { initiativeId: id, status, note: 'Next step' } });
    expect(await told('STATUS_CHANGED', id)).toEqual([author.id, author.id, both.id, both.id].sort());
    await app.db.query(`UPDATE initiatives SET status = 'IN_PROGRESS' WHERE id = $1`, [id]);
    await app.db.query('DELETE FROM notifications WHERE initiative_id = $1', [id]);
    await app.as(manager).send(ChangeInitiativeStatus, { input: { initiativeId: id, status: 'IMPLEMENTED', note: 'Done in every store' } });
    expect(await told('STATUS_CHANGED', id)).toEqual([author.id, voter.id, commenter.id, both.id].sort());
  });
});
