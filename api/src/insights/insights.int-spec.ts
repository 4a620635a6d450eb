import { graphql } from '../../../test/support/gql';
import type { InitiativeStatus } from '../../../test/support/gql/graphql';
import { CreateHeroAward, GrantHeroAward, PostComment, RevokeAwardGrant, VoteInitiative } from '../../../test/support/operations';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const Insights = graphql(`
  query Insights($spaceId: ID, $from: DateTime, $to: DateTime) {
    insights(spaceId: $spaceId, from: $from, to: $to) {
      initiativesByStatus {
        status
        count
      }
      medianHoursToFirstResponse
      answeredWithinSlaRatio
      awaitingResponseCount
      contributorsByRole {
        role
        count
      }
      topInitiatives {
        id
      }
      awardsGranted
    }
  }
`);

const DAY = 24 * 3600 * 1000;

describe('insights (docs/api.md#operations), checked against hand-computed figures', () => {
  let app: TestApp;
  let manager: TestUser;
  let admin: TestUser;
  let employee: TestUser;
  let customer: TestUser;
  let voter: TestUser;
  let space: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start();
    [manager, admin, employee, customer, voter] = await Promise.all([
      app.make.user({ role: 'MANAGER' }),
      app.make.user({ role: 'ADMIN' }),
      app.make.user({ role: 'EMPLOYEE' }),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'CUSTOMER' }),
    ]);
    space = await app.make.space({ responseSlaDays: 2 });
    const now = Date.now();
    const answered = async (
      key: string,
      author: TestUser,
      daysAgo: number,
      status: InitiativeStatus,
      responseAfterHours: number | null,
    ) => {
      const createdAt = new Date(now - daysAgo * DAY);
      ids[key] = (await app.make.initiative({ space, author, title: `Initiative ${key}`, createdAt, status })).id;
      const firstResponseAt = responseAfterHours === null ? null : new Date(createdAt.getTime() + responseAfterHours * 3600 * 1000);
      await app.db.query(`UPDATE initiatives SET first_response_at = $2 WHERE id = $1`, [ids[key], firstResponseAt]);
    };
    await answered('A', employee, 10, 'UNDER_REVIEW', 24); // answered within the 2-day deadline
    await answered('B', employee, 10, 'DECLINED', 72); // answered late
    await answered('C', customer, 5, 'SUBMITTED', null); // past the deadline, unanswered: awaiting
    await answered('D', manager, 0, 'SUBMITTED', null); // deadline not reached
    await answered('E', employee, 20, 'IMPLEMENTED', 48); // before the window below; answered on the deadline
    await app.as(voter).send(VoteInitiative, { initiativeId: ids.A });
    await app.as(admin).send(PostComment, { input: { initiativeId: ids.C, body: 'Following up' } });
    const awardId = (await app.as(manager).send(CreateHeroAward)).createAward.id;
    const grant = async (initiativeId: string) =>
      (await app.as(manager).send(GrantHeroAward, { input: { awardId, initiativeId, citation: 'Customers loved it.' } })).grantAward.id;
    await grant(ids.A);
    await app.as(manager).send(RevokeAwardGrant, { id: await grant(ids.B), reason: 'Mistake' });
  });
  afterAll(() => app.close());

  const counts = (rows: { status?: string; role?: string; count: number }[]) =>
    Object.fromEntries(rows.filter((row) => row.count).map((row) => [row.status ?? row.role, row.count]));

  it('computes every figure over a window', async () => {
    const from = new Date(Date.now() - 15 * DAY).toISOString();
    const { insights } = await app.as(manager).send(Insights, { spaceId: space.id, from });
    expect(counts(insights.initiativesByStatus)).toEqual({ UNDER_REVIEW: 1, DECLINED: 1, SUBMITTED: 2 });
    expect(insights.initiativesByStatus).toHaveLength(7);
    expect(insights.medianHoursToFirstResponse).toBeCloseTo(48, 6); // median of 24 h and 72 h
    expect(insights.answeredWithinSlaRatio).toBeCloseTo(1 / 3, 6); // A on time; B late; C overdue; D not due
    expect(insights.awaitingResponseCount).toBe(1); // C
    // authors A–D (employee, customer, manager), the voter (customer), the commenter (admin)
    expect(counts(insights.contributorsByRole)).toEqual({ EMPLOYEE: 1, CUSTOMER: 2, MANAGER: 1, ADMIN: 1 });
    expect(insights.topInitiatives[0].id).toBe(ids.A);
    expect(insights.topInitiatives).toHaveLength(4);
    expect(insights.awardsGranted).toBe(1); // the revoked one does not count
  });

  it('covers all time without a window', async () => {
    const { insights } = await app.as(admin).send(Insights, { spaceId: space.id });
    expect(counts(insights.initiativesByStatus)).toEqual({ UNDER_REVIEW: 1, DECLINED: 1, SUBMITTED: 2, IMPLEMENTED: 1 });
    expect(insights.medianHoursToFirstResponse).toBeCloseTo(48, 6); // 24, 48, 72
    expect(insights.answeredWithinSlaRatio).toBeCloseTo(0.5, 6); // A and E on time, of A, B, C, E
  });

  it('is for managers and admins only, and validates its arguments', async () => {
    await expect(app.as(employee).send(Insights)).rejects.toHaveErrorCode('FORBIDDEN');
    await expect(app.as(customer).send(Insights)).rejects.toHaveErrorCode('FORBIDDEN');
    await expect(app.as(manager).send(Insights, { spaceId: 'nope' })).rejects.toHaveErrorCode('BAD_USER_INPUT');
    await expect(app.as(manager).send(Insights, { spaceId: '00000000-0000-4000-8000-000000000000' })).rejects.toHaveErrorCode('NOT_FOUND');
    await expect(
      app.as(manager).send(Insights, { from: new Date().toISOString(), to: new Date(Date.now() - DAY).toISOString() }),
    ).rejects.toHaveErrorCode('BAD_USER_INPUT');
  });

  it('answers with empty figures for an empty space', async () => {
    const empty = await app.make.space({ kind: 'INTERNAL' });
    const { insights } = await app.as(manager).send(Insights, { spaceId: empty.id });
    expect(insights).toMatchObject({
      medianHoursToFirstResponse: null,
      answeredWithinSlaRatio: null,
      awaitingResponseCount: 0,
      topInitiatives: [],
      awardsGranted: 0,
    });
  });
});
