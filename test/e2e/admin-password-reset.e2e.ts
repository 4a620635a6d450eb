import { seriousViolations } from '../support/axe';
import { E2E_PASSWORD, expect, screenshot, test } from '../support/journey';
import { TestSmtpServer } from '../support/smtp';

/**
 * Issue 11: a person who forgot their password asks for a link on the sign-in page, reads the mail a
 * real SMTP server received, chooses a new password from the link and is signed in with it.
 */
test.describe.configure({ mode: 'serial' });

let smtp: TestSmtpServer;
let serverUrl: string;

test.beforeAll(async ({ journeys, serverEnv }, testInfo) => {
  smtp = await TestSmtpServer.start();
  const { make, server } = await journeys.forFile(testInfo.file, { ...serverEnv, SMTP_URL: smtp.url });
  serverUrl = server.url;
  await make.user({ email: 'rosa@example.test', displayName: 'Rosa Reset', role: 'CUSTOMER', password: E2E_PASSWORD, signedIn: false });
});

test.afterAll(async () => {
  await smtp?.close();
});

test('a forgotten password is reset from the mailed link, and the new one signs in', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${serverUrl}/sign-in`);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Email').fill('rosa@example.test');
  await page.getByRole('button', { name: 'Send the link' }).click();
  await page.getByText(/If an account uses rosa@example\.test, a link is on its way/).waitFor();

  const [mail] = await smtp.waitFor(1);
  expect(mail.envelopeTo).toEqual(['rosa@example.test']);
  const link = /\/reset-password\/[A-Za-z0-9_-]+/.exec(mail.parsed.text ?? '')?.[0];
  expect(link).toBeDefined();

  await page.goto(`${serverUrl}${link}`);
  await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('New password').fill('a-fresh-password-2026');
  await page.getByRole('button', { name: 'Save and sign in' }).click();
  await page.getByRole('button', { name: 'Rosa Reset' }).waitFor(); // signed in
  await screenshot(page, 'admin-password-reset-signed-in-1280-en');

  // The new password is the one that works from now on.
  await page.getByRole('button', { name: 'Rosa Reset' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Email').fill('rosa@example.test');
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('That email and password do not match. Check them and try again.').waitFor();
  await page.getByLabel('Password').fill('a-fresh-password-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Rosa Reset' }).waitFor();
  await context.close();
});
