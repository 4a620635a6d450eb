import { randomBytes } from 'node:crypto';

import { TEST_PASSWORD } from '../../../test/support/factories';
import { graphql } from '../../../test/support/gql';
import { REDIS_STATE_ENV, TEST_REDIS_URL } from '../../../test/support/redis';
import { TestApp } from '../../../test/support/test-app';
import { AUTH_LIMITS, AuthRateLimits, signInDelayMs } from './auth-rate-limits.service';

const LimitedSignIn = graphql(`
  mutation LimitedSignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
    }
  }
`);

const LimitedSignUp = graphql(`
  mutation LimitedSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
      }
    }
  }
`);

const from = (address: string) => ({ 'X-Forwarded-For': address });
const wrong = (email: string) => ({ input: { email, password: 'not-the-password-at-all' } });

describe('sign-in limits that never lock an office out (docs/api.md#sessions)', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start({ TRUST_PROXY: '1' })));
  afterAll(() => app.close());

  it('stops guessing one account from one address, while that account still signs in from elsewhere', async () => {
    const person = await app.make.user({ email: 'pair@example.test', signedIn: false });
    for (let attempt = 1; attempt <= AUTH_LIMITS.pairFailures.points; attempt += 1) {
      await expect(app.as(null, from('203.0.113.10')).send(LimitedSignIn, wrong(person.email))).rejects.toHaveErrorCode('UNAUTHENTICATED');
    }
    const refused = await app
      .as(null, from('203.0.113.10'))
      .run(LimitedSignIn, { input: { email: person.email, password: TEST_PASSWORD } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // The same person, from home: fine.
    await expect(
      app.as(null, from('198.51.100.20')).send(LimitedSignIn, { input: { email: person.email, password: TEST_PASSWORD } }),
    ).resolves.toMatchObject({ signIn: { token: expect.any(String) } });
  });

  it('slows an address that sprays guesses at many accounts, but lets its honest people in', async () => {
    const limits = app.app.get(AuthRateLimits);
    const office = '192.0.2.50';
    for (let guess = 0; guess < 30; guess += 1) await limits.signInFailed(`random-${guess}@example.test`, office);
    const colleague = await app.make.user({ email: 'colleague@example.test', signedIn: false });

    const started = Date.now();
    await expect(
      app.as(null, from(office)).send(LimitedSignIn, { input: { email: colleague.email, password: TEST_PASSWORD } }),
    ).resolves.toMatchObject({ signIn: { token: expect.any(String) } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(signInDelayMs(30) - 50);
    // The admin too: nobody behind the address is refused.
    const admin = await app.make.user({ role: 'ADMIN', email: 'admin@example.test', signedIn: false });
    await expect(
      app.as(null, from(office)).send(LimitedSignIn, { input: { email: admin.email, password: TEST_PASSWORD } }),
    ).resolves.toBeTruthy();
  });

  it('grows the delay with the failures, from none to a ceiling', () => {
    expect(signInDelayMs(0)).toBe(0);
    expect(signInDelayMs(AUTH_LIMITS.addressFailures.freeFailures)).toBe(0);
    expect(signInDelayMs(AUTH_LIMITS.addressFailures.freeFailures + 1)).toBe(AUTH_LIMITS.addressFailures.stepMs);
    expect(signInDelayMs(100_000)).toBe(AUTH_LIMITS.addressFailures.maxDelayMs);
  });

  it('limits sign-ups per address with RATE_LIMITED and when to try again', async () => {
    const signUp = (address: string) =>
      app.as(null, from(address)).run(LimitedSignUp, {
        input: { email: `new-${randomBytes(4).toString('hex')}@example.test`, password: 'a-long-password', displayName: 'New Person' },
      });
    for (let account = 1; account <= AUTH_LIMITS.signUps.points; account += 1) {
      expect((await signUp('203.0.113.99')).errors).toBeUndefined();
    }
    const before = (await app.db.query<{ count: number }[]>('SELECT count(*)::int AS count FROM users'))[0].count;
    const refused = await signUp('203.0.113.99');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect((await app.db.query<{ count: number }[]>('SELECT count(*)::int AS count FROM users'))[0].count).toBe(before);
    expect((await signUp('203.0.113.100')).errors).toBeUndefined();
  });
});

describe('TRUST_PROXY unset', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app.close());

  it('ignores X-Forwarded-For: a client cannot pretend to come from elsewhere to dodge a limit', async () => {
    const person = await app.make.user({ email: 'spoof@example.test', signedIn: false });
    for (let attempt = 1; attempt <= AUTH_LIMITS.pairFailures.points; attempt += 1) {
      await app.as(null, from(`203.0.113.${attempt}`)).run(LimitedSignIn, wrong(person.email));
    }
    await expect(app.as(null, from('198.51.100.77')).send(LimitedSignIn, wrong(person.email))).rejects.toHaveErrorCode('RATE_LIMITED');
  });
});

/** Failures counted on one instance count on the other: the limits hold whichever server a request reaches. */
function acrossTwoInstances(env: Record<string, string>) {
  let first: TestApp;
  let second: TestApp;
  const prefix = `test-${randomBytes(6).toString('hex')}`; // a Redis shared with other test files
  beforeAll(async () => {
    first = await TestApp.start(env, { rateLimitPrefix: prefix });
    second = await first.sibling(env, { rateLimitPrefix: prefix });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('counts failures on both instances together', async () => {
    const person = await first.make.user({ email: 'shared@example.test', signedIn: false });
    for (let attempt = 1; attempt <= AUTH_LIMITS.pairFailures.points; attempt += 1) {
      const instance = attempt % 2 ? first : second;
      await expect(instance.as().send(LimitedSignIn, wrong(person.email))).rejects.toHaveErrorCode('UNAUTHENTICATED');
    }
    await expect(first.as().send(LimitedSignIn, wrong(person.email))).rejects.toHaveErrorCode('RATE_LIMITED');
    await expect(second.as().send(LimitedSignIn, wrong(person.email))).rejects.toHaveErrorCode('RATE_LIMITED');
  });
}

describe('two instances, counters in PostgreSQL', () => acrossTwoInstances({}));

const redisState = process.env[REDIS_STATE_ENV] ?? 'not probed';
(redisState === 'up' ? describe : describe.skip)(
  `two instances, counters in Redis (REDIS_URL)${redisState === 'up' ? '' : ` (skipped: ${redisState})`}`,
  () => acrossTwoInstances({ REDIS_URL: TEST_REDIS_URL }),
);
