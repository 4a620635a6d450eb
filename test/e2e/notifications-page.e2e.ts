import type { Browser } from 'playwright-core';
import { Client } from 'pg';
import { seriousViolations } from '../support/axe';
import { launchBrowser, screenshot } from '../support/browser';
import { createPeople, signedInPage } from '../support/browser-session';
import { ServerProcess } from '../support/server-process';

/** The notifications history (issue 10): reached from the bell, unread marked, all marked read at once. */
describe('the notifications page', () => {
  let server: ServerProcess;
  let browser: Browser;
  let initiativeId: string;

  beforeAll(async () => {
    server = await ServerProcess.start();
    const ids = await createPeople(server.databaseUrl, [
      { email: 'author@example.test', displayName: 'Odile Autrice', role: 'CUSTOMER' },
      { email: 'boss@example.test', displayName: 'Marc Manager', role: 'MANAGER' },
    ]);
    const db = new Client({ connectionString: server.databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ id: string }>(
      `WITH space AS (INSERT INTO spaces (slug, name, kind, access) VALUES ('community', 'Customer community', 'COMMUNITY', 'OPEN') RETURNING id),
            idea AS (INSERT INTO initiatives (space_id, author_id, title, body, orientation, follower_count)
                     SELECT id, $1, 'Paper receipts only on request', 'Most receipts go straight to the bin.', 'CUSTOMER', 1 FROM space RETURNING id)
       INSERT INTO follows (initiative_id, user_id) SELECT id, $1 FROM idea RETURNING initiative_id AS id`,
      [ids['author@example.test']],
    );
    initiativeId = rows[0].id;
    await db.end();
    browser = await launchBrowser();

    const boss = await signedInPage(browser, server.url, 'boss@example.test');
    await boss.goto(`${server.url}/i/${initiativeId}`);
    await boss.getByRole('button', { name: 'Change status' }).click();
    await boss.getByLabel('New status').selectOption('UNDER_REVIEW');
    await boss.getByLabel('Follow-up note').fill('The tills team is looking at it.');
    await boss.getByRole('button', { name: 'Save answer' }).click();
    await boss.getByText('The tills team is looking at it.').first().waitFor();
    await boss.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is linked from the bell, marks unread ones, and marks all read', async () => {
    const page = await signedInPage(browser, server.url, 'author@example.test');
    await page.getByRole('button', { name: /^Notifications, 1 unread/ }).click();
    await page.getByRole('link', { name: 'See all notifications' }).click();
    await page.waitForURL(`${server.url}/notifications`);
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('main').getByText(/Unread:.*The tills team is looking at it\./).waitFor();
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
    expect(await page.getByRole('main').getByText(/Unread:/).count()).toBe(0);
    await page.context().close();
  });
});
