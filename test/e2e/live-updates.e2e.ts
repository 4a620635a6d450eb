import type { Browser } from 'playwright-core';
import { Client } from 'pg';
import { launchBrowser, screenshot } from '../support/browser';
import { createPeople, signedInPage } from '../support/browser-session';
import { ServerProcess } from '../support/server-process';

/** What the issue asks of live updates: seen by another person's open page within 2 s. */
const LIVE_WITHIN_MS = 2000;

/**
 * Live updates (issue 10): the author keeps the initiative open while others act on it in their own
 * browsers; the page and the bell change without a reload, through graphql-ws and the session cookie.
 */
describe('an open initiative and the bell update live', () => {
  let server: ServerProcess;
  let browser: Browser;
  let initiativeId: string;

  beforeAll(async () => {
    server = await ServerProcess.start();
    const ids = await createPeople(server.databaseUrl, [
      { email: 'author@example.test', displayName: 'Odile Autrice', role: 'CUSTOMER' },
      { email: 'fan@example.test', displayName: 'Farid Fan', role: 'CUSTOMER' },
      { email: 'boss@example.test', displayName: 'Marc Manager', role: 'MANAGER' },
    ]);
    const db = new Client({ connectionString: server.databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ id: string }>(
      `WITH space AS (INSERT INTO spaces (slug, name, kind, access) VALUES ('community', 'Customer community', 'COMMUNITY', 'OPEN') RETURNING id),
            idea AS (INSERT INTO initiatives (space_id, author_id, title, body, orientation, follower_count)
                     SELECT id, $1, 'Refill stations for detergent', 'Bring your own bottle.', 'CUSTOMER', 1 FROM space RETURNING id)
       INSERT INTO follows (initiative_id, user_id) SELECT id, $1 FROM idea RETURNING initiative_id AS id`,
      [ids['author@example.test']],
    );
    initiativeId = rows[0].id;
    await db.end();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows another person’s vote, a manager’s answer and the new notification without a reload', async () => {
    const author = await signedInPage(browser, server.url, 'author@example.test');
    await author.goto(`${server.url}/i/${initiativeId}`);
    await author.getByRole('heading', { level: 1, name: 'Refill stations for detergent' }).waitFor();
    await author.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    // The socket opens once the page is there; give it a moment before anything happens elsewhere.
    await author.waitForTimeout(500);

    const fan = await signedInPage(browser, server.url, 'fan@example.test');
    await fan.goto(`${server.url}/i/${initiativeId}`);
    await fan.getByRole('button', { name: /^Vote/ }).click();
    await fan.getByRole('button', { name: /^Vote/, pressed: true }).waitFor();
    await author.getByText('1 vote', { exact: true }).first().waitFor({ timeout: LIVE_WITHIN_MS });
    await fan.context().close();

    const boss = await signedInPage(browser, server.url, 'boss@example.test');
    await boss.goto(`${server.url}/i/${initiativeId}`);
    await boss.getByRole('button', { name: 'Change status' }).click();
    await boss.getByLabel('New status').selectOption('UNDER_REVIEW');
    await boss.getByLabel('Follow-up note').fill('We will try it in two shops first.');
    await boss.getByRole('button', { name: 'Save answer' }).click();
    await boss.getByText('We will try it in two shops first.').first().waitFor();

    await author.getByText('We will try it in two shops first.').first().waitFor({ timeout: LIVE_WITHIN_MS });
    await author.getByRole('button', { name: /^Notifications, 1 unread/ }).waitFor({ timeout: LIVE_WITHIN_MS });
    await screenshot(author, 'live-answer-seen-by-author');
    await boss.context().close();
    await author.context().close();
  });

  it('comes back after a server restart: the open page catches up and keeps updating', async () => {
    const author = await signedInPage(browser, server.url, 'author@example.test');
    await author.goto(`${server.url}/i/${initiativeId}`);
    await author.getByRole('heading', { level: 1, name: 'Refill stations for detergent' }).waitFor();
    await author.waitForTimeout(500);

    await server.restart();
    // While the socket is still away, an answer it will not hear: read again once it reconnects.
    const boss = await signedInPage(browser, server.url, 'boss@example.test');
    await boss.goto(`${server.url}/i/${initiativeId}`);
    await boss.getByRole('button', { name: 'Change status' }).click();
    await boss.getByLabel('New status').selectOption('SELECTED');
    await boss.getByLabel('Follow-up note').fill('Both shops liked it: it goes everywhere.');
    await boss.getByRole('button', { name: 'Save answer' }).click();
    await boss.getByText('Both shops liked it: it goes everywhere.').first().waitFor();
    // Backoff: the first attempts after the restart wait about 1, 2 and 4 s.
    await author.getByText('Both shops liked it: it goes everywhere.').first().waitFor({ timeout: 15_000 });
    await boss.getByRole('button', { name: /^Vote/ }).click();
    await author.getByText('2 votes', { exact: true }).first().waitFor({ timeout: LIVE_WITHIN_MS });
    await boss.context().close();
    await author.context().close();
  });
});
