import { expect, screenshot, test } from '../support/journey';

/**
 * A customer signs up, sees the community but never the internal space, proposes an initiative
 * in the community space and finds it in the feed (issue 3's browser journey). One page throughout:
 * the steps share the customer's session.
 */
test.beforeAll(async ({ journeys, serverEnv }, testInfo) => {
  const { make } = await journeys.forFile(testInfo.file, serverEnv);
  await make.space({ slug: 'internal', name: 'Initiatives internes', description: 'For employees only', kind: 'INTERNAL' });
  await make.space({ slug: 'community', name: 'Customer community', description: 'Customers and teams co-design the shop of tomorrow' });
});

test('a customer joins and proposes an initiative', async ({ page, server }) => {
  await test.step('sends an anonymous visitor to sign in', async () => {
    await page.goto(server.url);
    await page.waitForURL(/\/sign-in/);
    await screenshot(page, 'sign-in');
  });

  await test.step('signs up as a customer and sees the community, never the internal space', async () => {
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel('Email').fill('lea.customer@example.test');
    await page.getByLabel('Display name').fill('Léa Client');
    await page.getByLabel('Password').fill('a-long-password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('link', { name: 'Customer community' }).waitFor();
    expect(await page.getByText('Initiatives internes').count()).toBe(0);
    await screenshot(page, 'home-customer');
  });

  await test.step('proposes an initiative in the community space and finds it in the feed', async () => {
    await page.getByRole('link', { name: 'Customer community' }).click();
    await page.getByRole('heading', { level: 1, name: 'Customer community' }).waitFor();
    await page
      .getByRole('link', { name: 'Propose an initiative' })
      .or(page.getByRole('button', { name: 'Propose an initiative' }))
      .first()
      .click();
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

  await test.step('cannot reach the internal space by its address either', async () => {
    await page.goto(`${server.url}/s/internal`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText('Initiatives internes').count()).toBe(0);
    await screenshot(page, 'internal-not-found');
  });
});
