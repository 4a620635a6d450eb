import request from 'supertest';

import { graphql } from '../../../test/support/gql';
import { TestApp } from '../../../test/support/test-app';
import { hashToken } from '../auth/tokens';
import { roleForEmail, safeReturnTo, SsoService } from './sso.service';

const SignInOptions = graphql(`
  query SsoSignInOptions {
    signInOptions {
      passwordSignIn
      singleSignOn {
        name
        loginUrl
      }
    }
  }
`);

const SignIn = graphql(`
  mutation SsoPasswordSignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
      }
    }
  }
`);

const SignUp = graphql(`
  mutation SsoPasswordSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
      }
    }
  }
`);

const OIDC = {
  OIDC_ISSUER: 'http://127.0.0.1:9/issuer', // never reached: these tests stop before the provider is needed
  OIDC_CLIENT_ID: 'red-chair',
  OIDC_CLIENT_SECRET: 'a-client-secret',
  OIDC_NAME: 'Acme SSO',
  OIDC_EMPLOYEE_DOMAINS: 'acme.com, @Acme.fr',
  PUBLIC_URL: 'https://ideas.acme.com',
};

describe('single sign-on without a provider configured', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('offers passwords only, and the flow is not there', async () => {
    await expect(app.as().send(SignInOptions)).resolves.toEqual({ signInOptions: { passwordSignIn: true, singleSignOn: null } });
    const login = await request(app.http).get('/auth/oidc/login');
    expect(login.status).toBe(404);
    expect(login.body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await request(app.http).get('/auth/oidc/callback?code=x&state=y')).status).toBe(404);
  });
});

describe('single sign-on (rules that need no provider; the whole flow runs in test/e2e/single-sign-on.e2e.ts)', () => {
  let app: TestApp;
  let sso: SsoService;
  const meta = { userAgent: 'jest', clientAddress: '127.0.0.1' };
  beforeAll(async () => {
    app = await TestApp.start(OIDC);
    sso = app.app.get(SsoService);
  });
  afterAll(() => app.close());

  it('offers the button with its label, passwords still on', async () => {
    await expect(app.as().send(SignInOptions)).resolves.toEqual({
      signInOptions: { passwordSignIn: true, singleSignOn: { name: 'Acme SSO', loginUrl: '/auth/oidc/login' } },
    });
  });

  it('creates a new person as EMPLOYEE at a company domain and CUSTOMER elsewhere, then matches them by email', async () => {
    const employee = await sso.accountFor({ subject: 'a', email: 'Grace.Hopper@ACME.fr', emailVerified: true, name: 'Grace Hopper' }, meta);
    const customer = await sso.accountFor({ subject: 'b', email: 'ada@example.org', emailVerified: true, name: undefined }, meta);
    if (!('user' in employee) || !('user' in customer)) throw new Error('both should be signed in');
    expect(employee.user).toMatchObject({ role: 'EMPLOYEE', displayName: 'Grace Hopper', email: 'Grace.Hopper@ACME.fr' });
    expect(customer.user).toMatchObject({ role: 'CUSTOMER', displayName: 'ada' });

    const again = await sso.accountFor({ subject: 'a', email: 'grace.hopper@acme.fr', emailVerified: true, name: 'G. H.' }, meta);
    expect(again).toEqual({ user: expect.objectContaining({ id: employee.user.id, displayName: 'Grace Hopper' }) });
    const [{ count }] = (await app.db.query(`SELECT count(*)::int AS count FROM users WHERE lower(email) = 'grace.hopper@acme.fr'`)) as {
      count: number;
    }[];
    expect(count).toBe(1);
    const audit = (await app.db.query(`SELECT actor_id, action, details FROM audit_entries WHERE target_id = $1`, [employee.user.id])) as {
      actor_id: string;
      action: string;
      details: Record<string, unknown>;
    }[];
    expect(audit).toEqual([
      { actor_id: employee.user.id, action: 'USER_CREATED', details: expect.objectContaining({ via: 'single sign-on' }) },
    ]);
  });

  it('matches an existing account whatever its role, and never gives a password that works', async () => {
    const manager = await app.make.user({ role: 'MANAGER', email: 'boss@example.org' });
    await expect(sso.accountFor({ subject: 'c', email: 'BOSS@example.org', emailVerified: true, name: 'x' }, meta)).resolves.toEqual({
      user: expect.objectContaining({ id: manager.id, role: 'MANAGER' }),
    });
    await sso.accountFor({ subject: 'd', email: 'nopass@example.org', emailVerified: true, name: 'No Pass' }, meta);
    await expect(app.as().send(SignIn, { input: { email: 'nopass@example.org', password: '!sso' } })).rejects.toHaveErrorCode(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a deactivated account and an email the provider does not vouch for', async () => {
    const gone = await app.make.user({ role: 'EMPLOYEE', email: 'gone@acme.com' });
    await app.db.query('UPDATE users SET deactivated_at = now() WHERE id = $1', [gone.id]);
    await expect(sso.accountFor({ subject: 'e', email: 'gone@acme.com', emailVerified: true, name: 'Gone' }, meta)).resolves.toEqual({
      refused: 'deactivated',
    });
    await expect(sso.accountFor({ subject: 'f', email: 'new@acme.com', emailVerified: false, name: 'New' }, meta)).resolves.toEqual({
      refused: 'unverified',
    });
    await expect(sso.accountFor({ subject: 'g', email: undefined, emailVerified: true, name: 'No mail' }, meta)).resolves.toEqual({
      refused: 'unverified',
    });
    const [{ count }] = (await app.db.query(`SELECT count(*)::int AS count FROM users WHERE email = 'new@acme.com'`)) as {
      count: number;
    }[];
    expect(count).toBe(0);
  });

  it('refuses a callback whose state is not the one this browser started, and opens no session', async () => {
    await app.db.query(
      `INSERT INTO sso_login_attempts (state_hash, code_verifier, nonce, return_to, expires_at) VALUES ($1, 'v', 'n', '/s/lab', now() + interval '10 minutes')`,
      [hashToken('the-real-state')],
    );
    const forged = await request(app.http)
      .get('/auth/oidc/callback?code=abc&state=the-real-state')
      .set('Cookie', 'rc_sso_state=another-state');
    expect(forged.status).toBe(303);
    expect(forged.headers.location).toBe('/sign-in?sso=failed');
    expect(String(forged.headers['set-cookie'] ?? '')).not.toContain('rc_session=');

    const noCookie = await request(app.http).get('/auth/oidc/callback?code=abc&state=the-real-state');
    expect(noCookie.headers.location).toBe('/sign-in?sso=failed');

    // The browser that started it, but the provider said no: the attempt is used up, and the person goes back.
    const cancelled = await request(app.http)
      .get('/auth/oidc/callback?error=access_denied&state=the-real-state')
      .set('Cookie', 'rc_sso_state=the-real-state');
    expect(cancelled.headers.location).toBe('/sign-in?sso=failed&returnTo=%2Fs%2Flab');
    const replayed = await request(app.http)
      .get('/auth/oidc/callback?code=abc&state=the-real-state')
      .set('Cookie', 'rc_sso_state=the-real-state');
    expect(replayed.headers.location).toBe('/sign-in?sso=failed');
    expect(String(replayed.headers['set-cookie'] ?? '')).not.toContain('rc_session=');
  });

  it('keeps the return path inside the app', () => {
    expect(safeReturnTo('/s/silver-lab?sort=NEWEST')).toBe('/s/silver-lab?sort=NEWEST');
    for (const outside of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      '/sign-in',
      '/auth/oidc/login',
      42,
      undefined,
      '/a\nb',
    ]) {
      expect(safeReturnTo(outside)).toBe('/');
    }
    expect(roleForEmail('x@sub.acme.com', ['acme.com'])).toBe('CUSTOMER');
    expect(roleForEmail('X@ACME.COM', ['acme.com'])).toBe('EMPLOYEE');
  });
});

describe('OIDC_ONLY=1', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({
      ...OIDC,
      OIDC_ONLY: '1',
      BOOTSTRAP_ADMIN_EMAIL: 'root@acme.com',
      BOOTSTRAP_ADMIN_PASSWORD: 'a-long-password',
    });
  });
  afterAll(() => app.close());

  it('turns passwords off for everyone but the bootstrap administrator', async () => {
    await expect(app.as().send(SignInOptions)).resolves.toMatchObject({ signInOptions: { passwordSignIn: false } });
    await app.make.user({ role: 'ADMIN', email: 'root@acme.com', password: 'a-long-password' });
    const person = await app.make.user({ role: 'EMPLOYEE', email: 'someone@acme.com' });
    await expect(app.as().send(SignIn, { input: { email: person.email, password: 'a-long-password' } })).rejects.toHaveErrorCode(
      'FORBIDDEN',
    );
    await expect(
      app.as().send(SignUp, { input: { email: 'fresh@example.org', password: 'a-long-password', displayName: 'Fresh' } }),
    ).rejects.toHaveErrorCode('FORBIDDEN');
    await expect(app.as().send(SignIn, { input: { email: 'ROOT@acme.com', password: 'a-long-password' } })).resolves.toMatchObject({
      signIn: { user: { id: expect.any(String) } },
    });
  });
});
