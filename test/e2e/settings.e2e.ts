import { seriousViolations } from '../support/axe';
import { E2E_PASSWORD, expect, screenshot, test } from '../support/journey';

/** Settings (issue 10): reached from the account menu; display name and password changed there. */
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ journeys, serverEnv }, testInfo) => {
  const { make } = await journeys.forFile(testInfo.file, serverEnv);
  await make.user({ email: 'paul@example.test', displayName: 'Paul Girard', role: 'CUSTOMER', password: E2E_PASSWORD, signedIn: false });
});

test.describe('settings', () => {
  test('changes the display name and the password, from the account menu', async ({ signedInPage }) => {
    const page = await signedInPage('paul@example.test');
    await page.getByRole('button', { name: 'Paul Girard' }).click();
    await page.getByRole('link', { name: 'Your profile' }).waitFor();
    await screenshot(page, 'account-menu-1280-en');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Display name').fill('Paul G.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Your profile is saved.').waitFor();
    await page.getByRole('button', { name: 'Paul G.' }).waitFor(); // the header follows

    await page.getByLabel('Current password').fill('not-the-password');
    await page.getByLabel('New password', { exact: true }).fill('a-brand-new-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page
      .getByText(/is not your current password/)
      .first()
      .waitFor();
    await screenshot(page, 'settings-1280-en-refused');
    await page.getByLabel('Current password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed.', { exact: false }).waitFor();
    await screenshot(page, 'settings-1280-en');

    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();
    await screenshot(page, 'settings-1280-fr');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'settings-390-fr');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await screenshot(page, 'settings-390-en');
  });

  test('a forgotten password: from sign-in to the request, and a used link says so', async ({ browser, server }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await page.getByLabel('Email').fill('paul@example.test');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText(/If an account uses paul@example\.test, a link is on its way/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'forgot-password-390-en');

    await page.goto(`${server.url}/reset-password/not-a-real-token`);
    await page.getByLabel('New password').fill('a-brand-new-password');
    await page.getByRole('button', { name: 'Save and sign in' }).click();
    await page.getByText('This link has expired or was already used. Ask for a new one.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reset-password-390-en-used-link');
    await context.close();
  });
});
