import { INITIATIVE_STATUSES, isAwaitingResponse } from '@red-chair/domain';

import { TestApp } from '../../../test/support/test-app';

const DAY = 24 * 3600 * 1000;

describe('initiative_awaiting_response (SQL) is isAwaitingResponse (libs/domain)', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app.close());

  it('agrees on every status, around the deadline, for deadlines of 0 to 365 days', async () => {
    const now = Date.now();
    const cases = INITIATIVE_STATUSES.flatMap((status) =>
      [0, 1, 14, 365].flatMap((sla) =>
        [-1, 1, 60_000].map((margin) => ({ status, sla, createdAt: new Date(now - sla * DAY + margin * 60_000) })),
      ),
    );
    const rows: { awaiting: boolean; due: Date }[] = await app.db.query(
      `SELECT initiative_awaiting_response(c.status, c.created_at, c.sla) AS awaiting, initiative_response_due_at(c.created_at, c.sla) AS due
         FROM unnest($1::text[], $2::timestamptz[], $3::int[]) WITH ORDINALITY AS c(status, created_at, sla, n) ORDER BY c.n`,
      [cases.map((c) => c.status), cases.map((c) => c.createdAt), cases.map((c) => c.sla)],
    );
    const sqlNow = new Date(now);
    expect(rows.map((row) => row.awaiting)).toEqual(cases.map((c) => isAwaitingResponse(c.status, c.createdAt, c.sla, sqlNow)));
    expect(rows.map((row) => row.due.getTime())).toEqual(cases.map((c) => c.createdAt.getTime() + c.sla * DAY));
  });
});
