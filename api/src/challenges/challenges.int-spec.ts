import { graphql } from '../../../test/support/gql';
import type { ProposeInitiativeInput } from '../../../test/support/gql/graphql';
import { TestApp, type TestUser } from '../../../test/support/test-app';
import { challengeState, ChallengeState } from './challenge.model';
import { ChallengesService } from './challenges.service';

const LaunchChallenge = graphql(`
  mutation LaunchChallenge($input: LaunchChallengeInput!) {
    launchChallenge(input: $input) {
      id
      state
      title
      initiativeCount
      space {
        id
      }
    }
  }
`);

const Challenges = graphql(`
  query Challenges($spaceId: ID) {
    challenges(spaceId: $spaceId) {
      id
      state
      initiativeCount
    }
  }
`);

const Challenge = graphql(`
  query Challenge($id: ID!) {
    challenge(id: $id) {
      id
      state
      briefHtml
    }
  }
`);

const ProposeInChallenge = graphql(`
  mutation ProposeInChallenge($input: ProposeInitiativeInput!) {
    proposeInitiative(input: $input) {
      id
      challenge {
        id
        title
      }
    }
  }
`);

const ChallengeNotifications = graphql(`
  query ChallengeNotifications {
    notifications {
      nodes {
        kind
        message
        challenge {
          id
        }
      }
    }
  }
`);

const UnreadNotificationCount = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const ChallengeFeedTotal = graphql(`
  query ChallengeFeedTotal($filter: InitiativeFilter) {
    initiatives(filter: $filter) {
      totalCount
    }
  }
`);

const HOUR = 3600 * 1000;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('challenges (docs/api.md#operations)', () => {
  let app: TestApp;
  let manager: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let space: { id: string };
  let service: ChallengesService;

  beforeAll(async () => {
    app = await TestApp.start();
    service = app.app.get(ChallengesService);
    [manager, member, outsider] = await Promise.all([
      app.make.user({ role: 'MANAGER' }),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
    ]);
    space = await app.make.space({ access: 'INVITE_ONLY', members: [member, manager] });
  });
  afterAll(() => app.close());

  const launch = (opensAt: Date, closesAt: Date, by = manager, spaceId = space.id) =>
    app.as(by).run(LaunchChallenge, {
      input: {
        spaceId,
        title: 'Ideas for the summer sale',
        brief: 'How do we make **queues** shorter?',
        opensAt: opensAt.toISOString(),
        closesAt: closesAt.toISOString(),
      },
    });
  const launched = async (opensAt: Date, closesAt: Date) => {
    const result = await launch(opensAt, closesAt);
    if (!result.data) throw new Error(`launchChallenge failed: ${JSON.stringify(result.errors)}`);
    return result.data.launchChallenge;
  };
  const opened = async (challengeId: string) =>
    (
      await app.db.query<{ recipient_id: string }[]>(
        `SELECT recipient_id FROM notifications WHERE kind = 'CHALLENGE_OPENED' AND challenge_id = $1`,
        [challengeId],
      )
    ).map((row) => row.recipient_id);
  const unread = async (user: TestUser) => (await app.as(user).send(UnreadNotificationCount)).unreadNotificationCount;
  const challenges = async (user: TestUser, spaceId?: string) => (await app.as(user).send(Challenges, { spaceId })).challenges;

  it('derives its state from the dates', () => {
    const opens = new Date('2026-06-01T00:00:00Z');
    const closes = new Date('2026-06-30T00:00:00Z');
    expect(challengeState(opens, closes, new Date('2026-05-31T23:59:59Z'))).toBe(ChallengeState.UPCOMING);
    expect(challengeState(opens, closes, opens)).toBe(ChallengeState.OPEN);
    expect(challengeState(opens, closes, closes)).toBe(ChallengeState.CLOSED);
  });

  it('launches an open challenge and tells the space’s members at once, not the manager', async () => {
    const challenge = await launched(new Date(Date.now() - HOUR), new Date(Date.now() + 24 * HOUR));
    expect(challenge.state).toBe('OPEN');
    expect(await opened(challenge.id)).toEqual([member.id]);
    const { notifications } = await app.as(member).send(ChallengeNotifications);
    expect(notifications.nodes[0]).toMatchObject({ kind: 'CHALLENGE_OPENED', challenge: { id: challenge.id } });
    expect(notifications.nodes[0].message).toContain('Ideas for the summer sale');
  });

  it('announces a scheduled challenge when it opens, exactly once, even when the job runs twice or after a restart', async () => {
    const challenge = await launched(new Date(Date.now() + HOUR), new Date(Date.now() + 48 * HOUR));
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
    const backwards = await launch(new Date(now + 2 * HOUR), new Date(now + HOUR));
    expect(backwards).toHaveErrorCode('BAD_USER_INPUT');
    expect(backwards.errors?.[0].extensions?.fields).toEqual({ closesAt: expect.any(String) });
    expect(await launch(new Date(now - 2 * HOUR), new Date(now - HOUR))).toHaveErrorCode('BAD_USER_INPUT');
    expect(await launch(new Date(now), new Date(now + HOUR), member)).toHaveErrorCode('FORBIDDEN');
    expect(await launch(new Date(now), new Date(now + HOUR), manager, UNKNOWN_ID)).toHaveErrorCode('NOT_FOUND');
    const [{ n }] = await app.db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM challenges WHERE closes_at <= opens_at OR closes_at < now()',
    );
    expect(n).toBe(0);
  });

  it('takes proposals only while OPEN and only from its own space, and filters the feed by challenge', async () => {
    const open = await launched(new Date(Date.now() - HOUR), new Date(Date.now() + HOUR));
    const upcoming = await launched(new Date(Date.now() + HOUR), new Date(Date.now() + 2 * HOUR));
    const other = await app.make.space();
    const input = (spaceId: string, challengeId: string): { input: ProposeInitiativeInput } => ({
      input: { spaceId, title: 'Self-service bag packing', body: 'Let us pack our own bags.', orientation: 'CUSTOMER', challengeId },
    });
    const proposed = await app.as(member).send(ProposeInChallenge, input(space.id, open.id));
    expect(proposed.proposeInitiative.challenge?.id).toBe(open.id);
    await expect(app.as(member).send(ProposeInChallenge, input(space.id, upcoming.id))).rejects.toHaveErrorCode('BAD_USER_INPUT');
    await expect(app.as(member).send(ProposeInChallenge, input(other.id, open.id))).rejects.toHaveErrorCode('BAD_USER_INPUT');
    await app.db.query(
      `UPDATE challenges SET closes_at = now() - interval '1 second', opens_at = now() - interval '2 hours' WHERE id = $1`,
      [open.id],
    );
    await expect(app.as(member).send(ProposeInChallenge, input(space.id, open.id))).rejects.toHaveErrorCode('BAD_USER_INPUT');
    expect((await app.as(member).send(ChallengeFeedTotal, { filter: { challengeId: open.id } })).initiatives.totalCount).toBe(1);
    expect((await challenges(member, space.id)).find((challenge) => challenge.id === open.id)).toMatchObject({
      state: 'CLOSED',
      initiativeCount: 1,
    });
  });

  it('answers challenge(id) to those who see its space, NOT_FOUND to others', async () => {
    const { id } = await launched(new Date(Date.now() - HOUR), new Date(Date.now() + HOUR));
    expect((await app.as(member).send(Challenge, { id })).challenge).toMatchObject({
      id,
      state: 'OPEN',
      briefHtml: expect.stringContaining('<strong>queues</strong>'),
    });
    await expect(app.as(outsider).send(Challenge, { id })).rejects.toHaveErrorCode('NOT_FOUND');
    await expect(app.as(member).send(Challenge, { id: 'nope' })).rejects.toHaveErrorCode('NOT_FOUND');
  });

  it('is invisible to people who cannot see its space, and so are its notifications', async () => {
    expect(await challenges(outsider)).toEqual([]);
    expect(await challenges(outsider, space.id)).toEqual([]);
    expect((await challenges(member)).length).toBeGreaterThan(0);
    const before = await unread(member);
    await app.db.query('DELETE FROM space_members WHERE space_id = $1 AND user_id = $2', [space.id, member.id]);
    expect(await unread(member)).toBeLessThan(before);
    expect(await challenges(member)).toEqual([]);
  });
});

describe('the challenge-opening job (on the job queue)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start(
      { CHALLENGE_TICK_MS: '1000' },
      { jobs: { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, stopTimeoutSeconds: 1 } },
    );
  });
  afterAll(() => app.close());

  it('queues the announcement for the opening time at launch, and the worker tells the members when it comes', async () => {
    const [manager, member] = await Promise.all([app.make.user({ role: 'MANAGER' }), app.make.user({ role: 'CUSTOMER' })]);
    const space = await app.make.space({ access: 'INVITE_ONLY', members: [member, manager] });
    const opensAt = new Date(Date.now() + 1500);
    const result = await app.as(manager).send(LaunchChallenge, {
      input: {
        spaceId: space.id,
        title: 'Ideas for the winter sale',
        brief: 'Soon.',
        opensAt: opensAt.toISOString(),
        closesAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      },
    });
    const challengeId = result.launchChallenge.id;
    const jobs = await app.db.query<{ start_after: Date; data: { challengeId: string } }[]>(
      `SELECT start_after, data FROM pgboss.job WHERE name = 'challenge-opening' AND data->>'challengeId' = $1`,
      [challengeId],
    );
    expect(jobs).toEqual([{ start_after: opensAt, data: { challengeId } }]);
    expect(await app.db.query(`SELECT 1 FROM notifications WHERE challenge_id = $1`, [challengeId])).toEqual([]);

    const deadline = Date.now() + 20_000;
    let recipients: { recipient_id: string }[] = [];
    while (recipients.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      recipients = await app.db.query(`SELECT recipient_id FROM notifications WHERE kind = 'CHALLENGE_OPENED' AND challenge_id = $1`, [
        challengeId,
      ]);
    }
    expect(recipients).toEqual([{ recipient_id: member.id }]);
  });

  it('keeps a sweep every minute for what opened while every server was down', async () => {
    const schedules = await app.db.query<{ cron: string }[]>(`SELECT cron FROM pgboss.schedule WHERE name = 'challenge-opening'`);
    expect(schedules).toEqual([{ cron: '* * * * *' }]);
  });
});
