import type { Browser } from 'playwright-core';
import { Client } from 'pg';
import { launchBrowser, screenshot } from '../support/browser';
import { createPeople, signedInPage } from '../support/browser-session';
import { ServerProcess } from '../support/server-process';

/**
 * Recognition (issue 5): a manager answers an idea that waited too long, grants it an award with a
 * citation, and its author sees the notification and the hall of fame entry.
 */
describe('a late idea is answered and awarded, and its author sees it', () => {
  let server: ServerProcess;
  let browser: Browser;
  let spaceSlug: string;

  beforeAll(async () => {
    server = await ServerProcess.start();
    const ids = await createPeople(server.databaseUrl, [
      { email: 'author@example.test', displayName: 'Aline Auteur', role: 'EMPLOYEE' },
      { email: 'boss@example.test', displayName: 'Marc Manager', role: 'MANAGER' },
    ]);
    const db = new Client({ connectionString: server.databaseUrl });
    await db.connect();
    spaceSlug = 'stores';
    await db.query(
      `WITH space AS (INSERT INTO spaces (slug, name, kind, access, response_sla_days) VALUES ('stores', 'Store teams', 'INTERNAL', 'OPEN', 7) RETURNING id),
            idea AS (INSERT INTO initiatives (space_id, author_id, title, body, orientation, follower_count, created_at, last_activity_at)
                     SELECT id, $1, 'Call back every unhappy customer within 48 hours', 'A manager calls back one- and two-star reviewers.', 'CUSTOMER', 1,
                            now() - interval '12 days', now() - interval '12 days' FROM space RETURNING id)
       INSERT INTO follows (initiative_id, user_id) SELECT id, $1 FROM idea`,
      [ids['author@example.test']],
    );
    await db.query(`INSERT INTO awards (name, description) VALUES ('Customer hero', 'The idea customers felt most')`);
    await db.end();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the manager finds it in the awaiting-response queue, answers it and grants an award', async () => {
    const page = await signedInPage(browser, server.url, 'boss@example.test');
    await page.goto(`${server.url}/s/${spaceSlug}/awaiting`);
    await page.getByRole('heading', { level: 1, name: /Awaiting a response/ }).waitFor();
    await page.getByText(/days? late/).first().waitFor();
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
    await page.context().close();
  });

  it('the author is told and finds the entry in the hall of fame', async () => {
    const page = await signedInPage(browser, server.url, 'author@example.test');
    await page.getByRole('button', { name: /^Notifications, 2 unread/ }).click();
    await page.getByText(/Sorry for the wait/).first().waitFor();
    await page.getByText(/Customer hero/).first().waitFor();
    await screenshot(page, 'author-notifications');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Hall of fame' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Hall of fame' }).waitFor();
    await page.getByText('Unhappy customers now hear from a real person within two days.').waitFor();
    await screenshot(page, 'hall-of-fame');
    await page.context().close();
  });
});
