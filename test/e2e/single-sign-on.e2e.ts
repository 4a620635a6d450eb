import { Pool } from 'pg';

import { seriousViolations } from '../support/axe';
import { expect, screenshot, test, type Journey } from '../support/journey';
import { TestOidcProvider } from '../support/oidc-provider';

/**
 * Single sign-on (issue 11, DESIGN.md §9) against a real OpenID provider in this process: the redirect, the
 * provider's login and consent, the callback, the session; a second sign-in matching the same person; a
 * tampered state and a deactivated account refused with a clear page.
 */
test.describe.configure({ mode: 'serial' });

let provider: TestOidcProvider;
let journey: Journey;

test.beforeAll(async ({ journeys }, testInfo) => {
  provider = await TestOidcProvider.listen();
  journey = await journeys.forFile(testInfo.file, provider.env({ OIDC_NAME: 'Acme SSO', OIDC_EMPLOYEE_DOMAINS: 'acme.test' }));
  await provider.register(journey.server.url);
  provider.know({ email: 'grace@acme.test', name: 'Grace Hopper' });
  provider.know({ email: 'gone@acme.test', name: 'Gone Away' });
  await journey.make.space({ slug: 'ideas-lab', name: 'Ideas lab', kind: 'INTERNAL', access: 'OPEN' });
});

test.afterAll(async () => {
  await provider?.close();
});

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const pool = new Pool({ connectionString: journey.server.databaseUrl, max: 1 });
  try {
    return (await pool.query(sql, params)).rows as T[];
  } finally {
    await pool.end();
  }
}

/** The provider's development login page: any login, the test provider knows the person by it. */
async function signInAtProvider(page: import('@playwright/test').Page, email: string) {
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

test('a new person signs in through single sign-on, comes back where they were, and is the same person next time', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${server.url}/s/ideas-lab`);
  await page.waitForURL(/\/sign-in/);
  const button = page.getByRole('link', { name: 'Sign in with Acme SSO' });
  await button.waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'sso-sign-in-1280-en');

  await button.click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await signInAtProvider(page, 'grace@acme.test');
  await page.getByRole('button', { name: 'Continue' }).click(); // consent, the first time
  await page.waitForURL(`${server.url}/s/ideas-lab`);
  await page.getByRole('heading', { level: 1, name: 'Ideas lab' }).waitFor();
  await page.getByRole('button', { name: 'Grace Hopper' }).waitFor();

  const [grace] = await query<{ id: string; role: string }>(`SELECT id, role FROM users WHERE lower(email) = 'grace@acme.test'`);
  expect(grace.role).toBe('EMPLOYEE');

  // Signed out, then in again: the provider remembers her, the app matches her by email.
  await page.getByRole('button', { name: 'Grace Hopper' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto(`${server.url}/sign-in`);
  await page.getByRole('link', { name: 'Sign in with Acme SSO' }).click();
  await page.waitForURL((url) => url.origin === server.url && !url.pathname.startsWith('/sign-in') && !url.pathname.startsWith('/auth'));
  await page.getByRole('button', { name: 'Grace Hopper' }).waitFor();
  const people = await query<{ id: string }>(`SELECT id FROM users WHERE lower(email) = 'grace@acme.test'`);
  expect(people).toEqual([{ id: grace.id }]);
  await context.close();
});

test('a tampered state is refused: no session, and a page that says what happened', async ({ browser, server }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.getByRole('link', { name: 'Sign in with Acme SSO' }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  // While the person is at the provider, the state this browser holds is swapped (as when an attacker's callback
  // link is opened in someone else's browser): the provider's genuine answer no longer matches it.
  // (Playwright cannot rewrite the redirect itself; sso.int-spec.ts sends a forged state parameter.)
  await context.addCookies([{ name: 'rc_sso_state', value: 'forged-state', domain: '127.0.0.1', path: '/auth/oidc' }]);
  await signInAtProvider(page, 'grace@acme.test');
  await page.getByRole('button', { name: 'Continue' }).click(); // a new browser: consent again
  await page.waitForURL(/\/sign-in\?sso=failed/);
  await page.getByText('Single sign-on did not sign you in').waitFor();
  expect((await context.cookies()).some((cookie) => cookie.name === 'rc_session')).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'sso-refused-390-en');
  await context.close();
});

test('a deactivated account is refused with a clear page, in French too', async ({ browser, server }) => {
  await query(
    `INSERT INTO users (email, display_name, role, password_hash, deactivated_at) VALUES ('gone@acme.test', 'Gone Away', 'EMPLOYEE', '!x', now())`,
  );
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.getByRole('link', { name: 'Se connecter avec Acme SSO' }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await signInAtProvider(page, 'gone@acme.test');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/sign-in\?sso=deactivated/);
  await page.getByText('Ce compte a été désactivé.', { exact: false }).waitFor();
  expect((await context.cookies()).some((cookie) => cookie.name === 'rc_session')).toBe(false);
  await screenshot(page, 'sso-deactivated-1280-fr');
  await context.close();
});
