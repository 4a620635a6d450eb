import { seriousViolations } from '../support/axe';
import { E2E_PASSWORD, expect, screenshot, test } from '../support/journey';

/** The notifications history (issue 10): reached from the bell, unread marked, all marked read at once. */
test.describe.configure({ mode: 'serial' });

let initiativeId: string;

test.beforeAll(async ({ journeys, serverEnv }, testInfo) => {
  const { make } = await journeys.forFile(testInfo.file, serverEnv);
  const [author] = await Promise.all([
    make.user({ email: 'author@example.test', displayName: 'Odile Autrice', role: 'CUSTOMER', password: E2E_PASSWORD, signedIn: false }),
    make.user({ email: 'boss@example.test', displayName: 'Marc Manager', role: 'MANAGER', password: E2E_PASSWORD, signedIn: false }),
  ]);
  const space = await make.space({ slug: 'community', name: 'Customer community', kind: 'COMMUNITY' });
  const idea = await make.initiative({
    space,
    author,
    title: 'Paper receipts only on request',
    body: 'Most receipts go straight to the bin.',
    followers: [author],
  });
  initiativeId = idea.id;
});

test.describe('the notifications page', () => {
  test('is linked from the bell, marks unread ones, and marks all read', async ({ server, signedInPage }) => {
    const boss = await signedInPage('boss@example.test');
    await boss.goto(`${server.url}/i/${initiativeId}`);
    await boss.getByRole('button', { name: 'Change status' }).click();
    await boss.getByLabel('New status').selectOption('UNDER_REVIEW');
    await boss.getByLabel('Follow-up note').fill('The tills team is looking at it.');
    await boss.getByRole('button', { name: 'Save answer' }).click();
    await boss.getByText('The tills team is looking at it.').first().waitFor();

    const page = await signedInPage('author@example.test');
    await page.getByRole('button', { name: /^Notifications, 1 unread/ }).click();
    await page.getByRole('link', { name: 'See all notifications' }).click();
    await page.waitForURL(`${server.url}/notifications`);
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page
      .getByRole('main')
      .getByText(/Unread:.*The tills team is looking at it\./)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'notifications-page-1280-en');

    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('button', { name: 'Tout marquer comme lu' }).waitFor();
    await screenshot(page, 'notifications-page-1280-fr');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'notifications-page-390-fr');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await screenshot(page, 'notifications-page-390-en');

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    expect(
      await page
        .getByRole('main')
        .getByText(/Unread:/)
        .count(),
    ).toBe(0);
  });
});
