import request from 'supertest';

import { TestApp, type TestUser } from '../../../test/support/test-app';

/**
 * What a client sends wrong is the client's error: a code it can act on, never INTERNAL_SERVER_ERROR
 * (docs/api.md#errors). These documents carry values no typed client would send, so they go untyped.
 */
describe('bad input answered with a client code', () => {
  let app: TestApp;
  let manager: TestUser;
  let employee: TestUser;
  beforeAll(async () => {
    app = await TestApp.start();
    manager = await app.make.user({ role: 'MANAGER' });
    employee = await app.make.user();
  });
  afterAll(() => app.close());

  const codeOf = async (user: TestUser | null, query: string, variables: Record<string, unknown> = {}) => {
    const result = await app.as(user).runUntypedDocument(query, variables);
    return { code: result.errors?.[0]?.extensions?.code, fields: result.errors?.[0]?.extensions?.fields, status: result.status };
  };

  it.each([
    [
      'a signIn email',
      'mutation($e: String!) { signIn(input: { email: $e, password: "whatever-password" }) { token } }',
      { e: 'a\u0000b@example.test' },
    ],
    [
      'a signUp name',
      'mutation($n: String!) { signUp(input: { email: "nul@example.test", password: "long-enough-password", displayName: $n }) { token } }',
      { n: 'Nul\u0000Name' },
    ],
    ['an inline literal', '{ initiatives(filter: { search: "caisse\\u0000" }) { totalCount } }', {}],
    [
      'a nested input',
      'mutation($i: SignUpInput!) { signUp(input: $i) { token } }',
      { i: { email: 'x@example.test', password: 'long-enough\u0000password', displayName: 'X' } },
    ],
  ])('refuses a NUL byte in %s as BAD_USER_INPUT, before any SQL', async (_, query, variables) => {
    const answer = await codeOf(employee, query, variables);
    expect(answer.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['leaderboard', 'query($from: DateTime) { leaderboard(from: $from) { awardCount } }', { from: 'not a date' }],
    ['insights', 'query($from: DateTime) { insights(from: $from) { awaitingResponseCount } }', { from: '2026-02-31T00:00:00Z' }],
    ['insights (a number)', 'query($to: DateTime) { insights(to: $to) { awaitingResponseCount } }', { to: 1234567890 }],
    ['insights (year 10000)', 'query($to: DateTime) { insights(to: $to) { awaitingResponseCount } }', { to: '+010000-01-01T00:00:00Z' }],
  ])('refuses an invalid DateTime variable in %s as BAD_USER_INPUT', async (_, query, variables) => {
    expect((await codeOf(manager, query, variables)).code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['leaderboard', '{ leaderboard(from: "not a date") { awardCount } }'],
    ['insights', '{ insights(from: "2026-02-31T00:00:00Z") { awaitingResponseCount } }'],
  ])('refuses an invalid DateTime literal in %s while validating the document', async (_, query) => {
    expect((await codeOf(manager, query)).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('takes a valid DateTime, with an offset', async () => {
    const result = await app
      .as(manager)
      .runUntypedDocument('{ insights(from: "2026-01-01T00:00:00+01:00", to: "2026-12-31T23:59:59.999Z") { awaitingResponseCount } }');
    expect(result.errors).toBeUndefined();
  });

  it('refuses an empty or malformed space id in insights', async () => {
    expect((await codeOf(manager, '{ insights(spaceId: "") { awaitingResponseCount } }')).code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
  });

  it('answers a subscription sent over HTTP with a clear client error', async () => {
    const answer = await codeOf(employee, 'subscription { notificationAdded { id } }');
    expect(answer).toMatchObject({ code: 'BAD_REQUEST', status: 400 });
  });

  it('answers a body that is not JSON in the GraphQL error shape', async () => {
    const response = await request(app.http).post('/graphql').set('Content-Type', 'application/json').send('{"query": ');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers an oversized body in the GraphQL error shape', async () => {
    const response = await request(app.http)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ query: `{ spaces { id } } # ${'x'.repeat(7_000_000)}` }));
    expect(response.status).toBe(413);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
