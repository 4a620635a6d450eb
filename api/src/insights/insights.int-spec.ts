import { TestApp, type TestUser } from '../../../test/support/test-app';

const INSIGHTS = `query($spaceId: ID, $from: DateTime, $to: DateTime) {
  insights(spaceId: $spaceId, from: $from, to: $to) {
    initiativesByStatus { status count } medianHoursToFirstResponse answeredWithinSlaRatio awaitingResponseCount
    contributorsByRole { role count } topInitiatives { id } awardsGranted
  }
}`;
const DAY = 24 * 3600 * 1000;

describe('insights (DESIGN.md §6), checked against hand-computed figures', () => {
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
    [manager, admin, employee, customer, voter] = await Promise.all([app.user('MANAGER'), app.user('ADMIN'), app.user('EMPLOYEE'), app.user('CUSTOMER'), app.user('CUSTOMER')]);
    space = await app.space('COMMUNITY', 'OPEN', { responseSlaDays: 2 });
    const now = Date.now();
    const make = async (key: string, author: TestUser, daysAgo: number, status: string, responseAfterHours: number | null) => {
      const createdAt = new Date(now - daysAgo * DAY);
      ids[key] = await app.initiative(space.id, author, { title: `Initiative ${key}`, createdAt });
      await app.db.query(`UPDATE initiatives SET status = $2, first_response_at = $3 WHERE id = $1`, [
        ids[key], status, responseAfterHours === null ? null : new Date(createdAt.getTime() + responseAfterHours * 3600 * 1000),
      ]);
    };
    await make('A', employee, 10, 'UNDER_REVIEW', 24); // answered within the 2-day deadline
    await make('B', employee, 10, 'DECLINED', 72); // answered late
    await make('C', customer, 5, 'SUBMITTED', null); // past the deadline, unanswered: awaiting
    await make('D', manager, 0, 'SUBMITTED', null); // deadline not reached
    await make('E', employee, 20, 'IMPLEMENTED', 48); // before the window below; answered on the deadline
    await app.ok('mutation($id: ID!) { voteInitiative(initiativeId: $id) { id } }', { id: ids.A }, voter.token);
    await app.ok('mutation($input: CommentInput!) { commentOnInitiative(input: $input) { id } }', { input: { initiativeId: ids.C, body: 'Following up' } }, admin.token);
    const award = (await app.ok('mutation { createAward(input: { name: "Customer hero" }) { id } }', {}, manager.token)).createAward.id;
    const grant = async (id: string) =>
      (await app.ok('mutation($input: GrantAwardInput!) { grantAward(input: $input) { id } }', { input: { awardId: award, initiativeId: id, citation: 'Customers loved it.' } }, manager.token)).grantAward.id;
    await grant(ids.A);
    const revoked = await grant(ids.B);
    await app.ok('mutation($id: ID!) { revokeAwardGrant(id: $id, reason: "Mistake") { id } }', { id: revoked }, manager.token);
  });
  afterAll(() => app.close());

  const counts = (rows: { status?: string; role?: string; count: number }[]) =>
    Object.fromEntries(rows.filter((r) => r.count).map((r) => [r.status ?? r.role, r.count]));

  it('computes every figure over a window', async () => {
    const from = new Date(Date.now() - 15 * DAY).toISOString();
    const data = (await app.ok(INSIGHTS, { spaceId: space.id, from }, manager.token)).insights;
    expect(counts(data.initiativesByStatus)).toEqual({ UNDER_REVIEW: 1, DECLINED: 1, SUBMITTED: 2 });
    expect(data.initiativesByStatus).toHaveLength(7);
    expect(data.medianHoursToFirstResponse).toBeCloseTo(48, 6); // median of 24 h and 72 h
    expect(data.answeredWithinSlaRatio).toBeCloseTo(1 / 3, 6); // A on time; B late; C overdue; D not due
    expect(data.awaitingResponseCount).toBe(1); // C
    // authors A–D (employee, customer, manager), the voter (customer), the commenter (admin)
    expect(counts(data.contributorsByRole)).toEqual({ EMPLOYEE: 1, CUSTOMER: 2, MANAGER: 1, ADMIN: 1 });
    expect(data.topInitiatives[0].id).toBe(ids.A);
    expect(data.topInitiatives).toHaveLength(4);
    expect(data.awardsGranted).toBe(1); // the revoked one does not count
  });

  it('covers all time without a window', async () => {
    const data = (await app.ok(INSIGHTS, { spaceId: space.id }, admin.token)).insights;
    expect(counts(data.initiativesByStatus)).toEqual({ UNDER_REVIEW: 1, DECLINED: 1, SUBMITTED: 2, IMPLEMENTED: 1 });
    expect(data.medianHoursToFirstResponse).toBeCloseTo(48, 6); // 24, 48, 72
    expect(data.answeredWithinSlaRatio).toBeCloseTo(0.5, 6); // A and E on time, of A, B, C, E
  });

  it('is for managers and admins only, and validates its arguments', async () => {
    expect(await app.code(INSIGHTS, {}, employee.token)).toBe('FORBIDDEN');
    expect(await app.code(INSIGHTS, {}, customer.token)).toBe('FORBIDDEN');
    expect(await app.code(INSIGHTS, { spaceId: 'nope' }, manager.token)).toBe('BAD_USER_INPUT');
    expect(await app.code(INSIGHTS, { spaceId: '00000000-0000-4000-8000-000000000000' }, manager.token)).toBe('NOT_FOUND');
    expect(await app.code(INSIGHTS, { from: new Date().toISOString(), to: new Date(Date.now() - DAY).toISOString() }, manager.token)).toBe('BAD_USER_INPUT');
  });

  it('answers with empty figures for an empty space', async () => {
    const empty = await app.space('INTERNAL', 'OPEN');
    const data = (await app.ok(INSIGHTS, { spaceId: empty.id }, manager.token)).insights;
    expect(data).toMatchObject({ medianHoursToFirstResponse: null, answeredWithinSlaRatio: null, awaitingResponseCount: 0, topInitiatives: [], awardsGranted: 0 });
  });
});
