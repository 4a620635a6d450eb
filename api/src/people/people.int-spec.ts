import { graphql } from '../../../test/support/gql';
import type { InitiativeStatus } from '../../../test/support/gql/graphql';
import { ChangeInitiativeStatus, CreateHeroAward, GrantHeroAward, VoteInitiative } from '../../../test/support/operations';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const Leaderboard = graphql(`
  query Leaderboard($spaceId: ID, $from: DateTime, $first: Int) {
    leaderboard(spaceId: $spaceId, from: $from, first: $first) {
      user {
        id
      }
      implementedCount
      awardCount
      votesReceived
    }
  }
`);

const Profile = graphql(`
  query Profile($id: ID!) {
    user(id: $id) {
      id
      displayName
      email
      awards {
        citation
        initiative {
          id
        }
      }
    }
  }
`);

const AwaitingQueue = graphql(`
  query AwaitingQueue($filter: InitiativeFilter, $after: String) {
    initiatives(filter: $filter, sort: OLDEST, first: 1, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        createdAt
        responseDueAt
      }
    }
  }
`);

const DAY = 24 * 3600 * 1000;

describe('profiles, the leaderboard and the awaiting-response queue', () => {
  let app: TestApp;
  let manager: TestUser;
  let star: TestUser;
  let runnerUp: TestUser;
  let customer: TestUser;
  let voters: TestUser[];
  let internal: { id: string };
  let community: { id: string };
  let awardId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    [manager, star, runnerUp, customer] = await Promise.all([
      app.make.user({ role: 'MANAGER' }),
      app.make.user(),
      app.make.user(),
      app.make.user({ role: 'CUSTOMER' }),
    ]);
    voters = [];
    for (let i = 0; i < 3; i += 1) voters.push(await app.make.user());
    internal = await app.make.space({ kind: 'INTERNAL' });
    community = await app.make.space();
    awardId = (await app.as(manager).send(CreateHeroAward)).createAward.id;
  });
  afterAll(() => app.close());

  const walkToImplemented = async (initiativeId: string) => {
    const steps: InitiativeStatus[] = ['UNDER_REVIEW', 'SELECTED', 'IN_PROGRESS', 'IMPLEMENTED'];
    for (const status of steps) await app.as(manager).send(ChangeInitiativeStatus, { input: { initiativeId, status, note: 'Next step' } });
  };
  const grant = (initiativeId: string) =>
    app.as(manager).send(GrantHeroAward, { input: { awardId, initiativeId, citation: 'Customers noticed the difference.' } });
  const leaderboard = async (viewer: TestUser, variables: { spaceId?: string; from?: string } = {}) =>
    (await app.as(viewer).send(Leaderboard, variables)).leaderboard;

  it('ranks implemented initiatives, then awards, then votes, counting only what the viewer may see', async () => {
    const starInternal = await app.make.initiative({ space: internal, author: star });
    await walkToImplemented(starInternal.id);
    await grant(starInternal.id);
    const runnerUpIdea = await app.make.initiative({ space: community, author: runnerUp });
    for (const voter of voters) await app.as(voter).send(VoteInitiative, { initiativeId: runnerUpIdea.id });
    await grant(runnerUpIdea.id);
    expect(await leaderboard(voters[0])).toEqual([
      { user: { id: star.id }, implementedCount: 1, awardCount: 1, votesReceived: 0 },
      { user: { id: runnerUp.id }, implementedCount: 0, awardCount: 1, votesReceived: 3 },
    ]);
    // a customer does not see the internal space: the star's internal success does not count
    expect(await leaderboard(customer)).toEqual([{ user: { id: runnerUp.id }, implementedCount: 0, awardCount: 1, votesReceived: 3 }]);
    // per space and period
    expect(await leaderboard(manager, { spaceId: community.id })).toHaveLength(1);
    expect(await leaderboard(manager, { from: new Date(Date.now() + DAY).toISOString() })).toEqual([]);
    await expect(app.as(customer).send(Leaderboard, { spaceId: internal.id })).rejects.toHaveErrorCode('NOT_FOUND');
    await expect(app.as(customer).send(Leaderboard, { first: 101 })).rejects.toHaveErrorCode('BAD_USER_INPUT');
  });

  it('shows a profile with the awards the viewer may see, and no email to others', async () => {
    const byStaff = (await app.as(voters[0]).send(Profile, { id: star.id })).user;
    expect(byStaff).toMatchObject({ id: star.id, email: null });
    expect(byStaff?.awards).toHaveLength(1);
    expect((await app.as(customer).send(Profile, { id: star.id })).user?.awards).toEqual([]);
    await expect(app.as(customer).send(Profile, { id: '00000000-0000-4000-8000-000000000000' })).rejects.toHaveErrorCode('NOT_FOUND');
  });

  it('lists the awaiting-response queue oldest first, with when each answer was due', async () => {
    const queue = await app.make.space({ responseSlaDays: 3 });
    const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
    const oldest = await app.make.initiative({ space: queue, author: customer, createdAt: daysAgo(10) });
    const middle = await app.make.initiative({ space: queue, author: customer, createdAt: daysAgo(5) });
    await app.make.initiative({ space: queue, author: customer, createdAt: daysAgo(1) }); // not due yet
    const filter = { spaceId: queue.id, awaitingResponse: true };
    const first = (await app.as(manager).send(AwaitingQueue, { filter })).initiatives;
    expect(first.totalCount).toBe(2);
    expect(first.nodes[0].id).toBe(oldest.id);
    expect(new Date(first.nodes[0].responseDueAt ?? 0).getTime() - new Date(first.nodes[0].createdAt).getTime()).toBe(3 * DAY);
    const second = (await app.as(manager).send(AwaitingQueue, { filter, after: first.pageInfo.endCursor })).initiatives;
    expect(second.nodes.map((node) => node.id)).toEqual([middle.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});
