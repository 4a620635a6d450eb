import { E2E_PASSWORD, screenshot, test } from '../support/journey';

/**
 * Recognition (issue 5): a manager answers an idea that waited too long, grants it an award with a
 * citation, and its author sees the notification and the hall of fame entry.
 */
test.describe.configure({ mode: 'serial' });

const spaceSlug = 'stores';
const DAY_MS = 24 * 3600 * 1000;

test.beforeAll(async ({ journeys, serverEnv }, testInfo) => {
  const { make } = await journeys.forFile(testInfo.file, serverEnv);
  const [author] = await Promise.all([
    make.user({ email: 'author@example.test', displayName: 'Aline Auteur', role: 'EMPLOYEE', password: E2E_PASSWORD, signedIn: false }),
    make.user({ email: 'boss@example.test', displayName: 'Marc Manager', role: 'MANAGER', password: E2E_PASSWORD, signedIn: false }),
  ]);
  const space = await make.space({ slug: spaceSlug, name: 'Store teams', kind: 'INTERNAL', responseSlaDays: 7 });
  await make.initiative({
    space,
    author,
    title: 'Call back every unhappy customer within 48 hours',
    body: 'A manager calls back one- and two-star reviewers.',
    createdAt: new Date(Date.now() - 12 * DAY_MS),
    followers: [author],
  });
  await make.award({ name: 'Customer hero', description: 'The idea customers felt most' });
});

test.describe('a late idea is answered and awarded, and its author sees it', () => {
  test('the manager finds it in the awaiting-response queue, answers it and grants an award', async ({ server, signedInPage }) => {
    const page = await signedInPage('boss@example.test');
    await page.goto(`${server.url}/s/${spaceSlug}/awaiting`);
    await page.getByRole('heading', { level: 1, name: /Awaiting a response/ }).waitFor();
    await page
      .getByText(/days? late/)
      .first()
      .waitFor();
    await screenshot(page, 'awaiting-queue');
    await page.getByRole('link', { name: 'Call back every unhappy customer within 48 hours' }).click();
    await page.getByRole('heading', { level: 1, name: 'Call back every unhappy customer within 48 hours' }).waitFor();
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByLabel('New status').selectOption('UNDER_REVIEW');
    await page.getByLabel('Follow-up note').fill('Sorry for the wait: the Lille stores start calling back on Monday.');
    await page.getByRole('button', { name: 'Save answer' }).click();
    await page.getByText('Sorry for the wait: the Lille stores start calling back on Monday.').first().waitFor();
    await page.getByRole('button', { name: 'Grant an award' }).click();
    await page.getByRole('combobox', { name: 'Award', exact: true }).selectOption({ label: 'Customer hero' });
    await page.getByLabel('Citation').fill('Unhappy customers now hear from a real person within two days.');
    await page.getByRole('button', { name: 'Grant', exact: true }).click();
    await page.getByText('Unhappy customers now hear from a real person within two days.').first().waitFor();
    await screenshot(page, 'initiative-awarded');
  });

  test('the author is told and finds the entry in the hall of fame', async ({ signedInPage }) => {
    const page = await signedInPage('author@example.test');
    await page.getByRole('button', { name: /^Notifications, 2 unread/ }).click();
    await page
      .getByText(/Sorry for the wait/)
      .first()
      .waitFor();
    await page
      .getByText(/Customer hero/)
      .first()
      .waitFor();
    await screenshot(page, 'author-notifications');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Hall of fame' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Hall of fame' }).waitFor();
    await page.getByText('Unhappy customers now hear from a real person within two days.').waitFor();
    await screenshot(page, 'hall-of-fame');
  });
});
