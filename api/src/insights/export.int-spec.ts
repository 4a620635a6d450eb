import request from 'supertest';

import { TestApp, type TestUser } from '../../../test/support/test-app';
import { neutraliseFormula } from './export.controller';

describe('GET /export/initiatives.csv', () => {
  let app: TestApp;
  let manager: TestUser;
  let customer: TestUser;
  let space: { id: string; slug: string };

  beforeAll(async () => {
    app = await TestApp.start();
    [manager, customer] = await Promise.all([app.make.user({ role: 'MANAGER' }), app.make.user({ role: 'CUSTOMER' })]);
    space = await app.make.space();
  });
  afterAll(() => app.close());

  const get = (token: string | undefined, query = `?spaceId=${space.id}`) => {
    const call = request(app.http).get(`/export/initiatives.csv${query}`);
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  };

  it('refuses anonymous people, non-managers and bad space ids', async () => {
    expect((await get(undefined)).status).toBe(401);
    expect((await get(customer.token)).status).toBe(403);
    expect((await get(manager.token, '?spaceId=nope')).status).toBe(400);
    expect((await get(manager.token, '?spaceId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('accepts the session cookie as well as a Bearer token', async () => {
    const response = await request(app.http)
      .get(`/export/initiatives.csv?spaceId=${space.id}`)
      .set('Cookie', `rc_session=${manager.token}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toMatch(
      new RegExp(`attachment; filename="initiatives-${space.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"`),
    );
  });

  it('writes RFC 4180 with a header, CRLF line ends and quoted fields, and neutralises formulas', async () => {
    const titles = [
      '=HYPERLINK("http://evil.example","click")',
      '+33 1 23 45 67 89 hotline',
      '-2+3 discount',
      '@SUM(A1:A2) totals',
      'Queues, "long" ones\nsecond line',
    ];
    for (const title of titles) await app.make.initiative({ space, author: manager, title });
    const response = await get(manager.token);
    expect(response.status).toBe(200);
    const text = response.text.replace(/^\uFEFF/, '');
    expect(text.startsWith('id,space,title,status,orientation,author,')).toBe(true);
    expect(text).toContain('\r\n');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain(`'+33 1 23 45 67 89 hotline`);
    expect(text).toContain(`'-2+3 discount`);
    expect(text).toContain(`'@SUM(A1:A2) totals`);
    expect(text).toContain(`"Queues, ""long"" ones\nsecond line"`);
    expect(text).not.toMatch(/(^|,)[=+@-][^,]*/m);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['plain', 'plain'],
  ])('neutralises %j', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it('streams 100,000 rows', async () => {
    const big = await app.make.space({ kind: 'INTERNAL' });
    // One statement for 100,000 rows: a factory call per row would take minutes.
    await app.db.query(
      `INSERT INTO initiatives (space_id, author_id, title, body, orientation)
       SELECT $1, $2, 'Idea number ' || n, 'Body', 'EMPLOYEE' FROM generate_series(1, 100000) AS n`,
      [big.id, manager.id],
    );
    const response = await get(manager.token, `?spaceId=${big.id}`);
    expect(response.status).toBe(200);
    expect(response.headers['transfer-encoding']).toBe('chunked');
    const lines = response.text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(100001);
  }, 120000);
});
