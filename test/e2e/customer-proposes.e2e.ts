import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import { launchBrowser, screenshot } from '../support/browser';
import { ServerProcess } from '../support/server-process';

/**
 * A customer signs up, sees the community but never the internal space, proposes an initiative
 * in the community space and finds it in the feed (issue 3's browser journey).
 */
describe('a customer joins and proposes an initiative', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await ServerProcess.start();
    const db = new Client({ connectionString: server.databaseUrl });
    await db.connect();
    await db.query(`INSERT INTO spaces (slug, name, description, kind, access) VALUES
      ('internal', 'Initiatives internes', 'For employees only', 'INTERNAL', 'OPEN'),
      ('community', 'Customer community', 'Customers and teams co-design the shop of tomorrow', 'COMMUNITY', 'OPEN')`);
    await db.end();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sends an anonymous visitor to sign in', async () => {
    await page.goto(server.url);
    await page.waitForURL(/\/sign-in/);
    await screenshot(page, 'sign-in');
  });

  it('signs up as a customer and sees the community, never the internal space', async () => {
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel('Email').fill('lea.customer@example.test');
    await page.getByLabel('Display name').fill('Léa Client');
    await page.getByLabel('Password').fill('a-long-password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('link', { name: 'Customer community' }).waitFor();
    expect(await page.getByText('Initiatives internes').count()).toBe(0);
    await screenshot(page, 'home-customer');
  });

  it('proposes an initiative in the community space and finds it in the feed', async () => {
    await page.getByRole('link', { name: 'Customer community' }).click();
    await page.getByRole('heading', { level: 1, name: 'Customer community' }).waitFor();
    await page.getByRole('link', { name: 'Propose an initiative' }).or(page.getByRole('button', { name: 'Propose an initiative' })).first().click();
    await page.getByLabel('Title').fill('Repair workshops in exchange for loyalty points');
    await page.getByLabel('Description').fill('I would rather trade my points for a **free repair** than for vouchers.');
    await page.getByRole('radio', { name: 'Customers' }).check();
    await page.getByLabel('Tags').fill('loyalty, repair');
    await screenshot(page, 'propose-form');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('heading', { level: 1, name: 'Repair workshops in exchange for loyalty points' }).waitFor();
    await screenshot(page, 'initiative-page');
    await page.goto(`${server.url}/s/community`);
    await page.getByRole('link', { name: 'Repair workshops in exchange for loyalty points' }).waitFor();
    await screenshot(page, 'community-feed');
  });

  it('cannot reach the internal space by its address either', async () => {
    await page.goto(`${server.url}/s/internal`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText('Initiatives internes').count()).toBe(0);
    await screenshot(page, 'internal-not-found');
  });
});
