import type { Page } from '@playwright/test';

import { seriousViolations } from '../support/axe';
import { E2E_PASSWORD, expect, screenshot, test } from '../support/journey';
import { TestSmtpServer, type ReceivedMail } from '../support/smtp';

/**
 * Issue 11: an admin creates the invite-only Silver Lab from the console, invites a customer who has an
 * account and one who has none, and both join from the mails a real SMTP server received. Then every
 * console page and the invitation page are checked with axe and photographed at both sizes, in both languages.
 */
test.describe.configure({ mode: 'serial' });

let smtp: TestSmtpServer;
let serverUrl: string;

test.beforeAll(async ({ journeys, serverEnv }, testInfo) => {
  smtp = await TestSmtpServer.start();
  // The first call decides this file's server: it delivers to the test SMTP server.
  const { make, server } = await journeys.forFile(testInfo.file, { ...serverEnv, SMTP_URL: smtp.url });
  serverUrl = server.url;
  await make.user({ email: 'ada@example.test', displayName: 'Ada Admin', role: 'ADMIN', password: E2E_PASSWORD, signedIn: false });
  await make.user({ email: 'bruno@example.test', displayName: 'Bruno Client', role: 'CUSTOMER', password: E2E_PASSWORD, signedIn: false });
});

test.afterAll(async () => {
  await smtp?.close();
});

/** The path of the invitation link in a mail's text, opened on the test server (the mail's host is PUBLIC_URL's). */
const invitationPath = (mail: ReceivedMail): string => {
  const match = /\/invite\/[A-Za-z0-9_-]+/.exec(mail.parsed.text ?? '');
  if (!match) throw new Error(`no invitation link in: ${mail.parsed.text}`);
  return match[0];
};

const mailTo = (mails: ReceivedMail[], address: string): ReceivedMail => {
  const found = mails.find((mail) => mail.envelopeTo.includes(address));
  if (!found) throw new Error(`no mail to ${address}`);
  return found;
};

const links: { bruno?: string; nina?: string } = {};

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

test('an admin creates the Silver Lab and invites two customers by mail', async ({ signedInPage }) => {
  const page = await signedInPage('ada@example.test');
  await page.getByRole('button', { name: 'Ada Admin' }).click();
  await page.getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Spaces' }).click();
  await page.getByRole('heading', { level: 1, name: 'Spaces' }).waitFor();

  await page.getByRole('button', { name: 'New space' }).click();
  await page.getByRole('button', { name: 'Create the space' }).click();
  await page.getByText('Fill in this field.').first().waitFor(); // validated before anything is sent
  await page.getByLabel('Name', { exact: true }).fill('Silver Lab');
  await expect(page.getByLabel('Address')).toHaveValue('silver-lab');
  await page.getByLabel('Description').fill('Our best customers try what comes next.');
  await page.getByRole('radio', { name: 'Community (customers)' }).check();
  await page.getByRole('radio', { name: 'Invite only' }).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create the space' }).click();

  await page.waitForURL(/\/admin\/spaces\/silver-lab$/);
  await page.getByRole('heading', { level: 1, name: 'Silver Lab' }).waitFor();
  await page.getByLabel('Email addresses').fill('bruno@example.test,\nnina.new@example.test');
  await page.getByRole('button', { name: 'Send the invitations' }).click();
  await page.getByText('2 invitations sent').waitFor();
  const pending = page.getByRole('list', { name: 'Pending invitations' });
  await expect(pending.getByText('bruno@example.test')).toBeVisible();
  await expect(pending.getByText('nina.new@example.test')).toBeVisible();
  await expectAccessible(page);

  const mails = await smtp.waitFor(2);
  expect(mailTo(mails, 'bruno@example.test').parsed.subject).toMatch(/Silver Lab/);
  links.bruno = invitationPath(mailTo(mails, 'bruno@example.test'));
  links.nina = invitationPath(mailTo(mails, 'nina.new@example.test'));
});

test('the customer with an account signs in from the link and joins with one click', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${serverUrl}${links.bruno}`);
  await page.getByRole('heading', { level: 1, name: 'Join Silver Lab' }).waitFor();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Sign in to join' }).click();
  await page.getByLabel('Email').fill('bruno@example.test');
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Join Silver Lab' }).click();
  await page.waitForURL(/\/s\/silver-lab$/);
  await page.getByRole('heading', { level: 1, name: 'Silver Lab' }).waitFor();

  // The link works once: opened again, it says so and leads to the space.
  await page.goto(`${serverUrl}${links.bruno}`);
  await page.getByRole('heading', { level: 1, name: 'This invitation was already used' }).waitFor();
  await page.getByRole('link', { name: 'Go to Silver Lab' }).waitFor();
  await context.close();
});

test('the new customer creates an account from the link and is a member at once', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${serverUrl}${links.nina}`);
  await page.getByRole('heading', { level: 1, name: 'Join Silver Lab' }).waitFor();
  await page.getByRole('button', { name: 'Create an account' }).click();
  await expect(page.getByLabel('Email')).toHaveValue('nina.new@example.test');
  await page.getByLabel('Display name').fill('Nina Nouvelle');
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await expectAccessible(page);
  await screenshot(page, 'admin-invite-sign-up-390-en');
  await page.getByRole('button', { name: 'Create my account and join' }).click();
  await page.waitForURL(/\/s\/silver-lab$/);
  await page.getByRole('heading', { level: 1, name: 'Silver Lab' }).waitFor();
  await context.close();
});

test('the space’s members page shows both, and a broken link gets a clear page', async ({ signedInPage, browser }) => {
  const page = await signedInPage('ada@example.test');
  await page.goto(`${serverUrl}/admin/spaces/silver-lab`);
  const members = page.getByRole('region', { name: 'Members' });
  await members.getByRole('link', { name: 'Bruno Client' }).waitFor();
  await members.getByRole('link', { name: 'Nina Nouvelle' }).waitFor();
  await expect(page.getByRole('list', { name: 'Pending invitations' })).toHaveCount(0);
  await page.getByText('No pending invitation.').waitFor();

  const context = await browser.newContext({ locale: 'en-GB' });
  const stranger = await context.newPage();
  await stranger.goto(`${serverUrl}/invite/not-a-real-token`);
  await stranger.getByRole('heading', { level: 1, name: 'This invitation link does not work' }).waitFor();
  await expectAccessible(stranger);
  await screenshot(stranger, 'admin-invite-invalid-1280-en');
  await context.close();
});

const ADMIN_PAGES = [
  ['people', '/admin/people'],
  ['spaces', '/admin/spaces'],
  ['space', '/admin/spaces/silver-lab'],
  ['audit', '/admin/audit'],
  ['outbox', '/admin/outbox'],
] as const;

/** Every console page at one size in one language: axe, then a picture (one test each, the machine may be slow). */
for (const language of ['en', 'fr'] as const) {
  for (const width of [1280, 390] as const) {
    test(`every admin page passes axe and is photographed at ${width} in ${language}`, async ({ signedInPage }) => {
      test.setTimeout(240_000);
      const page = await signedInPage('ada@example.test');
      await page.setViewportSize({ width, height: width === 1280 ? 800 : 844 });
      if (language === 'fr') {
        await page.getByRole('button', { name: 'FR', exact: true }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      }
      for (const [name, path] of ADMIN_PAGES) {
        await page.goto(`${serverUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expect(page.getByText(/^(Loading|Chargement)…$/)).toHaveCount(0);
        await expectAccessible(page);
        if (name === 'outbox') {
          // A message opened: its text, and its HTML in the sandboxed frame (after axe, which cannot enter a frame without scripts).
          await page.locator('summary').nth(0).click();
          await page.locator('summary').nth(1).click();
          await expect(
            page
              .frameLocator('iframe')
              .first()
              .getByText(/Silver Lab/)
              .first(),
          ).toBeVisible();
        }
        await screenshot(page, `admin-${name}-${width}-${language}`);
      }
    });
  }
}

test('the invitation page passes axe and is photographed at both sizes, in both languages', async ({ signedInPage, browser }) => {
  test.setTimeout(180_000);
  const page = await signedInPage('ada@example.test');
  // The French pictures saved French on Ada's profile: back to English.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.goto(`${serverUrl}/admin/spaces/silver-lab`);
  await page.getByLabel('Email addresses').fill('olga@example.test');
  await page.getByRole('button', { name: 'Send the invitations' }).click();
  await page.getByText('1 invitation sent').waitFor();
  const olga = invitationPath(mailTo(await smtp.waitFor(3), 'olga@example.test'));

  for (const language of ['en', 'fr'] as const) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({
        viewport: { width, height: width === 1280 ? 800 : 844 },
        locale: language === 'fr' ? 'fr-FR' : 'en-GB',
      });
      const visitor = await context.newPage();
      await visitor.goto(`${serverUrl}${olga}`);
      await visitor.getByRole('heading', { level: 1, name: language === 'fr' ? 'Rejoindre Silver Lab' : 'Join Silver Lab' }).waitFor();
      await expectAccessible(visitor);
      await screenshot(visitor, `admin-invite-${width}-${language}`);
      await context.close();
    }
  }
});
