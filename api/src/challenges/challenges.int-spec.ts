import { TestApp, type TestUser } from '../../../test/support/test-app';
import { ChallengesService } from './challenges.service';
import { challengeState, ChallengeState } from './challenge.model';

const LAUNCH = 'mutation($input: LaunchChallengeInput!) { launchChallenge(input: $input) { id state title initiativeCount space { id } } }';
const LIST = 'query($spaceId: ID) { challenges(spaceId: $spaceId) { id state initiativeCount } }';
const PROPOSE = 'mutation($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { id challenge { id title } } }';
const HOUR = 3600 * 1000;

describe('challenges (DESIGN.md §4)', () => {
  let app: TestApp;
  let manager: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let space: { id: string };
  let service: ChallengesService;

  beforeAll(async () => {
    app = await TestApp.start();
    service = app.app.get(ChallengesService);
    [manager, member, outsider] = await Promise.all([app.user('MANAGER'), app.user('CUSTOMER'), app.user('CUSTOMER')]);
    space = await app.space('COMMUNITY', 'INVITE_ONLY', { members: [member, manager] });
  });
  afterAll(() => app.close());

  const launch = (opensAt: Date, closesAt: Date, as = manager, spaceId = space.id) =>
    app.gql(LAUNCH, { input: { spaceId, title: 'Ideas for the summer sale', brief: 'How do we make **queues** shorter?', opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() } }, as.token);
  const opened = async (challengeId: string) =>
    (await app.db.query(`SELECT recipient_id FROM notifications WHERE kind = 'CHALLENGE_OPENED' AND challenge_id = $1`, [challengeId])).map((r: { recipient_id: string }) => r.recipient_id);

  it('derives its state from the dates', () => {
    const opens = new Date('2026-06-01T00:00:00Z');
    const closes = new Date('2026-06-30T00:00:00Z');
    expect(challengeState(opens, closes, new Date('2026-05-31T23:59:59Z'))).toBe(ChallengeState.UPCOMING);
    expect(challengeState(opens, closes, opens)).toBe(ChallengeState.OPEN);
    expect(challengeState(opens, closes, closes)).toBe(ChallengeState.CLOSED);
  });

  it('launches an open challenge and tells the space’s members at once, not the manager', async () => {
    const result = await launch(new Date(Date.now() - HOUR), new Date(Date.now() + 24 * HOUR));
    expect(result.errors).toBeUndefined();
    const challenge = result.data?.launchChallenge as { id: string; state: string };
    expect(challenge.state).toBe('OPEN');
    expect(await opened(challenge.id)).toEqual([member.id]);
    const inbox = await app.ok('{ notifications { nodes { kind message challenge { id } } } }', {}, member.token);
    expect(inbox.notifications.nodes[0]).toMatchObject({ kind: 'CHALLENGE_OPENED', challenge: { id: challenge.id } });
    expect(inbox.notifications.nodes[0].message).toContain('Ideas for the summer sale');
  });

  it('announces a scheduled challenge when it opens, exactly once, even when the job runs twice or after a restart', async () => {
    const challenge = (await launch(new Date(Date.now() + HOUR), new Date(Date.now() + 48 * HOUR))).data?.launchChallenge as { id: string; state: string };
    expect(challenge.state).toBe('UPCOMING');
    expect(await service.announceDue()).toBe(0);
    expect(await opened(challenge.id)).toEqual([]);
    await app.db.query(`UPDATE challenges SET opens_at = now() - interval '1 second' WHERE id = $1`, [challenge.id]);
    const [first, second] = await Promise.all([service.announceDue(), service.announceDue()]);
    expect(first + second).toBe(1);
    expect(await service.announceDue()).toBe(0);
    expect(await opened(challenge.id)).toEqual([member.id]);
  });

  it('refuses closing before opening, a past closing date, non-managers and hidden spaces', async () => {
    const now = Date.now();
    expect((await launch(new Date(now + 2 * HOUR), new Date(now + HOUR))).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { closesAt: expect.any(String) } });
    expect((await launch(new Date(now - 2 * HOUR), new Date(now - HOUR))).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await launch(new Date(now), new Date(now + HOUR), member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await launch(new Date(now), new Date(now + HOUR), manager, '00000000-0000-4000-8000-000000000000')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [{ n }] = await app.db.query('SELECT count(*)::int AS n FROM challenges WHERE closes_at <= opens_at OR closes_at < now()');
    expect(n).toBe(0);
  });

  it('takes proposals only while OPEN and only from its own space, and filters the feed by challenge', async () => {
    const open = (await launch(new Date(Date.now() - HOUR), new Date(Date.now() + HOUR))).data?.launchChallenge as { id: string };
    const upcoming = (await launch(new Date(Date.now() + HOUR), new Date(Date.now() + 2 * HOUR))).data?.launchChallenge as { id: string };
    const other = await app.space('COMMUNITY', 'OPEN');
    const input = (spaceId: string, challengeId: string) => ({ input: { spaceId, title: 'Self-service bag packing', body: 'Let us pack our own bags.', orientation: 'CUSTOMER', challengeId } });
    const proposed = await app.ok(PROPOSE, input(space.id, open.id), member.token);
    expect(proposed.proposeInitiative.challenge.id).toBe(open.id);
    expect(await app.code(PROPOSE, input(space.id, upcoming.id), member.token)).toBe('BAD_USER_INPUT');
    expect(await app.code(PROPOSE, input(other.id, open.id), member.token)).toBe('BAD_USER_INPUT');
    await app.db.query(`UPDATE challenges SET closes_at = now() - interval '1 second', opens_at = now() - interval '2 hours' WHERE id = $1`, [open.id]);
    expect(await app.code(PROPOSE, input(space.id, open.id), member.token)).toBe('BAD_USER_INPUT');
    const feed = await app.ok('query($f: InitiativeFilter) { initiatives(filter: $f) { totalCount } }', { f: { challengeId: open.id } }, member.token);
    expect(feed.initiatives.totalCount).toBe(1);
    const listed = await app.ok(LIST, { spaceId: space.id }, member.token);
    expect(listed.challenges.find((c: { id: string }) => c.id === open.id)).toMatchObject({ state: 'CLOSED', initiativeCount: 1 });
  });

  it('answers challenge(id) to those who see its space, NOT_FOUND to others', async () => {
    const launched = (await launch(new Date(Date.now() - HOUR), new Date(Date.now() + HOUR))).data?.launchChallenge as { id: string };
    const query = 'query($id: ID!) { challenge(id: $id) { id state briefHtml } }';
    expect((await app.ok(query, { id: launched.id }, member.token)).challenge).toMatchObject({ id: launched.id, state: 'OPEN', briefHtml: expect.stringContaining('<strong>queues</strong>') });
    expect(await app.code(query, { id: launched.id }, outsider.token)).toBe('NOT_FOUND');
    expect(await app.code(query, { id: 'nope' }, member.token)).toBe('NOT_FOUND');
  });

  it('is invisible to people who cannot see its space, and so are its notifications', async () => {
    expect((await app.ok(LIST, {}, outsider.token)).challenges).toEqual([]);
    expect((await app.ok(LIST, { spaceId: space.id }, outsider.token)).challenges).toEqual([]);
    expect((await app.ok(LIST, {}, member.token)).challenges.length).toBeGreaterThan(0);
    const before = (await app.ok('{ unreadNotificationCount }', {}, member.token)).unreadNotificationCount;
    await app.db.query('DELETE FROM space_members WHERE space_id = $1 AND user_id = $2', [space.id, member.id]);
    expect((await app.ok('{ unreadNotificationCount }', {}, member.token)).unreadNotificationCount).toBeLessThan(before);
    expect((await app.ok(LIST, {}, member.token)).challenges).toEqual([]);
  });
});
