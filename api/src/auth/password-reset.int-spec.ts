import { graphql } from '../../../test/support/gql';
import { TestSmtpServer } from '../../../test/support/smtp';
import { TEST_PASSWORD, TestApp, type TestUser } from '../../../test/support/test-app';
import type { AppConfig } from '../config/config';

const RequestReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const ResetPassword = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      token
      user {
        id
        email
      }
    }
  }
`);

const ChangePassword = graphql(`
  mutation ChangePassword($current: String!, $next: String!) {
    changePassword(currentPassword: $current, newPassword: $next)
  }
`);

const SignInAgain = graphql(`
  mutation SignInWithPassword($email: String!, $password: String!) {
    signIn(input: { email: $email, password: $password }) {
      token
    }
  }
`);

const WhoAmI = graphql(`
  query WhoAmI {
    me {
      id
    }
  }
`);

const config = (smtpUrl: string): Partial<AppConfig> => ({
  mail: { smtpUrl, from: 'Red Chair <no-reply@example.test>', maxAttempts: 3, retryDelaySeconds: 1, leaseSeconds: 5 },
  jobs: { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, stopTimeoutSeconds: 1 },
  publicUrl: 'https://ideas.example.test',
});

const tokenIn = (text: string | undefined): string => {
  const match = /https:\/\/ideas\.example\.test\/reset-password\/([A-Za-z0-9_-]+)/.exec(text ?? '');
  if (!match) throw new Error(`no reset link in: ${text}`);
  return match[1];
};

describe('password reset and change (docs/api.md#passwords)', () => {
  let smtp: TestSmtpServer;
  let app: TestApp;
  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    app = await TestApp.start({}, config(smtp.url));
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });
  beforeEach(() => {
    smtp.received.length = 0;
  });

  it('answers true after the same work for a known and an unknown email (one queued job), and mails only the known one', async () => {
    const person = await app.make.user();
    expect((await app.as().send(RequestReset, { email: 'nobody@example.test' })).requestPasswordReset).toBe(true);
    expect((await app.as().send(RequestReset, { email: person.email.toUpperCase() })).requestPasswordReset).toBe(true);
    const jobs = (await app.db.query(
      `SELECT data->>'email' AS email FROM pgboss.job WHERE name = 'password-reset-request' ORDER BY created_on`,
    )) as { email: string }[];
    expect(jobs.map((job) => job.email)).toEqual(['nobody@example.test', person.email]);
    const [mail] = await smtp.waitFor(1);
    expect(mail.envelopeTo).toEqual([person.email]);
    expect(mail.parsed.subject).toBe('Choose a new password');
    expect(mail.parsed.text).toMatch(/works once, for one hour/);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.received).toHaveLength(1);
  });

  it('sets the password from the link, signs in, ends every other session, and works once', async () => {
    const person = await app.make.user({ role: 'CUSTOMER' });
    await app.as().send(RequestReset, { email: person.email });
    const token = tokenIn((await smtp.waitFor(1))[0].parsed.text);
    const result = await app.as().send(ResetPassword, { token, password: 'a-brand-new-password' });
    expect(result.resetPassword.user).toEqual({ id: person.id, email: person.email });
    expect(await app.as(person).run(WhoAmI)).toHaveErrorCode('UNAUTHENTICATED');
    expect((await app.as({ token: result.resetPassword.token }).send(WhoAmI)).me?.id).toBe(person.id);
    await app.as().send(SignInAgain, { email: person.email, password: 'a-brand-new-password' });
    expect(await app.as().run(SignInAgain, { email: person.email, password: TEST_PASSWORD })).toHaveErrorCode('UNAUTHENTICATED');
    const again = await app.as().run(ResetPassword, { token, password: 'yet-another-password' });
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].extensions?.fields).toEqual({ token: expect.stringMatching(/expired or was already used/) });
  });

  it('refuses an expired link, a made-up one and a short password', async () => {
    const person = await app.make.user();
    await app.as().send(RequestReset, { email: person.email });
    const token = tokenIn((await smtp.waitFor(1))[0].parsed.text);
    const short = await app.as().run(ResetPassword, { token, password: 'short' });
    expect(short.errors?.[0].extensions?.fields).toEqual({ password: expect.stringMatching(/10 to/) });
    await app.db.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [person.id]);
    expect(await app.as().run(ResetPassword, { token, password: 'a-brand-new-password' })).toHaveErrorCode('BAD_USER_INPUT');
    expect(await app.as().run(ResetPassword, { token: 'made-up', password: 'a-brand-new-password' })).toHaveErrorCode('BAD_USER_INPUT');
    expect((await app.as(person).send(WhoAmI)).me?.id).toBe(person.id); // nothing changed
  });

  it('mails nobody about a deactivated account, and at most 3 links an hour to anyone', async () => {
    const gone = await app.make.user();
    await app.db.query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [gone.id]);
    const person = await app.make.user();
    await app.as().send(RequestReset, { email: gone.email });
    for (let n = 0; n < 5; n++) await app.as().send(RequestReset, { email: person.email });
    await smtp.waitFor(3);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(smtp.received.map((m) => m.envelopeTo[0])).toEqual([person.email, person.email, person.email]);
  });

  it('changes the password with the current one, keeping this session and ending the others', async () => {
    const person: TestUser = await app.make.user();
    const other = (await app.as().send(SignInAgain, { email: person.email, password: TEST_PASSWORD })).signIn.token;
    const wrong = await app.as(person).run(ChangePassword, { current: 'not-the-password', next: 'a-brand-new-password' });
    expect(wrong.errors?.[0].extensions?.fields).toEqual({ currentPassword: 'is not your current password' });
    expect((await app.as(person).send(ChangePassword, { current: TEST_PASSWORD, next: 'a-brand-new-password' })).changePassword).toBe(true);
    expect((await app.as(person).send(WhoAmI)).me?.id).toBe(person.id);
    expect(await app.as({ token: other }).run(WhoAmI)).toHaveErrorCode('UNAUTHENTICATED');
    await app.as().send(SignInAgain, { email: person.email, password: 'a-brand-new-password' });
    expect(await app.as().run(ChangePassword, { current: 'a-brand-new-password', next: 'another-password-1' })).toHaveErrorCode(
      'UNAUTHENTICATED',
    );
  });
});
