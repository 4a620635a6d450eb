import { TestApp, type TestUser } from '../../../test/support/test-app';

const LEADERBOARD = 'query($spaceId: ID, $from: DateTime, $first: Int) { leaderboard(spaceId: $spaceId, from: $from, first: $first) { user { id } implementedCount awardCount votesReceived } }';
const PROFILE = 'query($id: ID!) { user(id: $id) { id displayName email awards { citation initiative { id } } } }';
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
    [manager, star, runnerUp, customer] = await Promise.all([app.user('MANAGER'), app.user('EMPLOYEE'), app.user('EMPLOYEE'), app.user('CUSTOMER')]);
    voters = [];
    for (let i = 0; i < 3; i += 1) voters.push(await app.user('EMPLOYEE'));
    internal = await app.space('INTERNAL', 'OPEN');
    community = await app.space('COMMUNITY', 'OPEN');
    awardId = (await app.ok('mutation { createAward(input: { name: "Customer hero" }) { id } }', {}, manager.token)).createAward.id;
  });
  afterAll(() => app.close());

  const walkToImplemented = async (id: string) => {
    for (const status of ['UNDER_REVIEW', 'SELECTED', 'IN_PROGRESS', 'IMPLEMENTED']) {
      await app.ok('mutation($input: ChangeStatusInput!) { changeInitiativeStatus(input: $input) { id } }', { input: { initiativeId: id, status, note: 'Next step' } }, manager.token);
    }
  };
  const grant = (initiativeId: string) =>
    app.ok('mutation($input: GrantAwardInput!) { grantAward(input: $input) { id } }', { input: { awardId, initiativeId, citation: 'Customers noticed the difference.' } }, manager.token);
  const vote = (id: string, who: TestUser) => app.ok('mutation($id: ID!) { voteInitiative(initiativeId: $id) { id } }', { id }, who.token);

  it('ranks implemented initiatives, then awards, then votes, counting only what the viewer may see', async () => {
    const starInternal = await app.initiative(internal.id, star);
    await walkToImplemented(starInternal);
    await grant(starInternal);
    const runnerUpIdea = await app.initiative(community.id, runnerUp);
    for (const v of voters) await vote(runnerUpIdea, v);
    await grant(runnerUpIdea);
    const staffView = (await app.ok(LEADERBOARD, {}, voters[0].token)).leaderboard;
    expect(staffView).toEqual([
      { user: { id: star.id }, implementedCount: 1, awardCount: 1, votesReceived: 0 },
      { user: { id: runnerUp.id }, implementedCount: 0, awardCount: 1, votesReceived: 3 },
    ]);
    // a customer does not see the internal space: the star's internal success does not count
    const customerView = (await app.ok(LEADERBOARD, {}, customer.token)).leaderboard;
    expect(customerView).toEqual([{ user: { id: runnerUp.id }, implementedCount: 0, awardCount: 1, votesReceived: 3 }]);
    // per space and period
    expect((await app.ok(LEADERBOARD, { spaceId: community.id }, manager.token)).leaderboard).toHaveLength(1);
    expect((await app.ok(LEADERBOARD, { from: new Date(Date.now() + DAY).toISOString() }, manager.token)).leaderboard).toEqual([]);
    expect(await app.code(LEADERBOARD, { spaceId: internal.id }, customer.token)).toBe('NOT_FOUND');
    expect(await app.code(LEADERBOARD, { first: 101 }, customer.token)).toBe('BAD_USER_INPUT');
  });

  it('shows a profile with the awards the viewer may see, and no email to others', async () => {
    const byStaff = (await app.ok(PROFILE, { id: star.id }, voters[0].token)).user;
    expect(byStaff).toMatchObject({ id: star.id, email: null });
    expect(byStaff.awards).toHaveLength(1);
    const byCustomer = (await app.ok(PROFILE, { id: star.id }, customer.token)).user;
    expect(byCustomer.awards).toEqual([]);
    expect(await app.code(PROFILE, { id: '00000000-0000-4000-8000-000000000000' }, customer.token)).toBe('NOT_FOUND');
  });

  it('lists the awaiting-response queue oldest first, with when each answer was due', async () => {
    const queue = await app.space('COMMUNITY', 'OPEN', { responseSlaDays: 3 });
    const oldest = await app.initiative(queue.id, customer, { createdAt: new Date(Date.now() - 10 * DAY) });
    const middle = await app.initiative(queue.id, customer, { createdAt: new Date(Date.now() - 5 * DAY) });
    await app.initiative(queue.id, customer, { createdAt: new Date(Date.now() - 1 * DAY) }); // not due yet
    const query = 'query($f: InitiativeFilter, $after: String) { initiatives(filter: $f, sort: OLDEST, first: 1, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id createdAt responseDueAt } } }';
    const first = (await app.ok(query, { f: { spaceId: queue.id, awaitingResponse: true } }, manager.token)).initiatives;
    expect(first.totalCount).toBe(2);
    expect(first.nodes[0].id).toBe(oldest);
    expect(new Date(first.nodes[0].responseDueAt).getTime() - new Date(first.nodes[0].createdAt).getTime()).toBe(3 * DAY);
    const second = (await app.ok(query, { f: { spaceId: queue.id, awaitingResponse: true }, after: first.pageInfo.endCursor }, manager.token)).initiatives;
    expect(second.nodes.map((n: { id: string }) => n.id)).toEqual([middle]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});
