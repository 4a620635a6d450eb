import { seriousViolations } from '../support/axe';
import { expect, screenshot, test } from '../support/journey';
import { buildVoiceWorld, CLUB_SLUG, VOICE_PEOPLE } from '../support/voice-world';

/** "You said, we did" (issue 12): a customer reads what became of the club's ideas and follows one. */
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ journeys, serverEnv }, testInfo) => {
  const { make, server } = await journeys.forFile(testInfo.file, serverEnv);
  await buildVoiceWorld(make, server.databaseUrl, { extraImplemented: 11 });
});

test.describe('you said, we did', () => {
  test('a customer reads what was done, loads more, and follows a link', async ({ server, signedInPage }) => {
    const page = await signedInPage(VOICE_PEOPLE.customer);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}/s/${CLUB_SLUG}`);
    await page.getByRole('link', { name: 'You said, we did' }).click();
    await page.waitForURL(`${server.url}/s/${CLUB_SLUG}/you-said-we-did`);
    await page.getByRole('heading', { level: 1, name: 'You said, we did' }).waitFor();
    await expect(page.getByText('13 ideas put into practice')).toBeVisible();
    const cards = page.getByRole('main').getByRole('heading', { level: 2 });
    // Newest first: implemented 2 days ago, then 30 days ago, then the older ones.
    await expect(cards.first()).toHaveText('Print receipts only when customers ask');
    await expect(cards.nth(1)).toHaveText('Water fountains at the store entrance');
    await expect(cards).toHaveCount(12);
    await expect(
      page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Print receipts only when customers ask' }) }),
    ).toContainText('That saves 40 km of paper a year.');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'you-said-we-did-1280-en');

    await page.getByRole('button', { name: 'Load more' }).click();
    await expect(cards).toHaveCount(13);
    await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);

    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Vous l’avez dit, nous l’avons fait' }).waitFor();
    await screenshot(page, 'you-said-we-did-1280-fr');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'you-said-we-did-390-fr');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'You said, we did' }).waitFor();
    await screenshot(page, 'you-said-we-did-390-en');

    await page.getByRole('link', { name: 'Print receipts only when customers ask' }).click();
    await page.getByRole('heading', { level: 1, name: 'Print receipts only when customers ask' }).waitFor();
  });

  test('says so kindly when nothing is implemented yet', async ({ server, signedInPage }) => {
    const page = await signedInPage(VOICE_PEOPLE.manager);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}/s/stores/you-said-we-did`);
    await page.getByRole('heading', { level: 2, name: 'Nothing implemented yet' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'you-said-we-did-empty-1280-en');
  });
});
