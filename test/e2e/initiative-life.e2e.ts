import type { Browser } from 'playwright-core';
import { Client } from 'pg';
import { launchBrowser, screenshot } from '../support/browser';
import { createPeople, signedInPage } from '../support/browser-session';
import { ServerProcess } from '../support/server-process';

/**
 * The life of an initiative (issue 4): a customer votes and comments, a manager answers in the open
 * with a follow-up note, and the author is told through the notifications menu.
 */
describe('an idea is supported, answered, and its author is told', () => {
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
                     SELECT id, $1, 'A quiet hour for sensitive shoppers', 'Dim the lights and **turn the music off** on Tuesday mornings.', 'CUSTOMER', 1 FROM space RETURNING id)
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

  it('a customer votes and comments', async () => {
    const page = await signedInPage(browser, server.url, 'fan@example.test');
    await page.goto(`${server.url}/i/${initiativeId}`);
    await page.getByRole('heading', { level: 1, name: 'A quiet hour for sensitive shoppers' }).waitFor();
    expect(await page.locator('strong', { hasText: 'turn the music off' }).count()).toBe(1); // bodyHtml rendered
    const vote = page.getByRole('button', { name: /^Vote/ });
    await vote.click();
    await page.getByRole('button', { name: /^Vote/, pressed: true }).waitFor();
    await page.getByLabel('Your comment').fill('Yes please, the music is far too loud.');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await page.getByText('Yes please, the music is far too loud.').waitFor();
    await screenshot(page, 'initiative-voted-commented');
    await page.context().close();
  });

  it('a manager answers with a follow-up note that shows in the timeline', async () => {
    const page = await signedInPage(browser, server.url, 'boss@example.test');
    await page.goto(`${server.url}/i/${initiativeId}`);
    await page.getByRole('heading', { level: 1, name: 'A quiet hour for sensitive shoppers' }).waitFor();
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByLabel('New status').selectOption('UNDER_REVIEW');
    await page.getByLabel('Follow-up note').fill('We are piloting a quiet hour in Lille from next month.');
    await page.getByRole('button', { name: 'Save answer' }).click();
    await page.getByText('We are piloting a quiet hour in Lille from next month.').first().waitFor();
    await screenshot(page, 'initiative-answered');
    await page.context().close();
  });

  it('the author is told, with the note, in the notifications menu', async () => {
    const page = await signedInPage(browser, server.url, 'author@example.test');
    const bell = page.getByRole('button', { name: /^Notifications, 2 unread/ });
    await bell.waitFor();
    // Clicked at once after signing in: the home page's heading, arriving later, must not take focus and close the menu.
    await bell.click();
    await page.getByText(/We are piloting a quiet hour in Lille/).first().waitFor();
    await page.getByText(/Yes please, the music is far too loud/).first().waitFor();
    await screenshot(page, 'notifications-menu');
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    await page.context().close();
  });
});
