import { seriousViolations } from '../support/axe';
import { expect, screenshot, test } from '../support/journey';
import { buildVoiceWorld, VOICE_PEOPLE } from '../support/voice-world';

/**
 * The red chair (issue 12): a manager opens the customer's voice from the insights and presents it
 * with the keyboard, as in the first five minutes of a leadership meeting, then leaves with Escape.
 */
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ journeys, serverEnv }, testInfo) => {
  const { make, server } = await journeys.forFile(testInfo.file, serverEnv);
  await buildVoiceWorld(make, server.databaseUrl);
});

const SLIDES = {
  en: [
    "The customer's voice",
    'New customer ideas',
    'Most supported',
    'Overdue for an answer',
    'Needing review',
    'Implemented',
    'In their own words',
  ],
  fr: [
    'La voix du client',
    'Nouvelles idées pour les clients',
    'Les plus soutenues',
    'En retard de réponse',
    'À revoir',
    'Réalisées',
    'Dans leurs mots',
  ],
};

test.describe('the red chair', () => {
  test('a manager presents the week with the keyboard and leaves with Escape', async ({ server, signedInPage }) => {
    test.slow(); // axe on every slide at 1920×1080
    const page = await signedInPage(VOICE_PEOPLE.manager);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${server.url}/insights`);
    await page.getByRole('link', { name: 'Open the red chair' }).click();
    await page.waitForURL(`${server.url}/red-chair`);
    const heading = page.getByRole('region').getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(SLIDES.en[0]);
    // The week in figures: 2 ideas proposed, 1 implemented, 5 votes, 4 comments.
    const figures = page.getByRole('definition');
    await expect(figures).toHaveText(['2', '0', '1', '4', '4']);
    await expect(page.getByText('1 / 7')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'red-chair-1920-en-1');

    for (const [index, key] of ['ArrowRight', 'PageDown', 'ArrowRight', ' ', 'ArrowRight', 'PageDown'].entries()) {
      await page.keyboard.press(key);
      await expect(heading).toHaveText(SLIDES.en[index + 1]);
      await expect(page.getByText(`${index + 2} / 7`)).toBeVisible();
      if (index + 1 === 3) {
        await expect(page.getByText('18 days late')).toBeVisible();
        await expect(page.getByText('8 days late', { exact: true })).toBeVisible();
      }
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `red-chair-1920-en-${index + 2}`);
    }
    await expect(page.getByText('Saturday at noon is the only time I can shop', { exact: false })).toBeVisible();
    await expect(page.locator('[aria-live="polite"]')).toHaveText('Slide 7 of 7: In their own words');
    await page.keyboard.press('ArrowRight'); // the last slide stays
    await expect(heading).toHaveText(SLIDES.en[6]);
    await page.keyboard.press('Home');
    await expect(heading).toHaveText(SLIDES.en[0]);
    await page.keyboard.press('End');
    await expect(heading).toHaveText(SLIDES.en[6]);
    await page.keyboard.press('PageUp');
    await expect(heading).toHaveText(SLIDES.en[5]);
    await expect(page.getByText('That saves 40 km of paper a year', { exact: false })).toBeVisible();

    await page.keyboard.press('Escape');
    await page.waitForURL(`${server.url}/insights`);
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
  });

  test('reads in French, on a laptop and on a phone, and changes its period', async ({ server, signedInPage }) => {
    test.slow();
    const page = await signedInPage(VOICE_PEOPLE.manager);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${server.url}/red-chair`);
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    const heading = page.getByRole('region').getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(SLIDES.fr[0]);
    for (let index = 0; index < SLIDES.fr.length; index++) {
      if (index > 0) await page.getByRole('button', { name: 'Diapositive suivante' }).click();
      await expect(heading).toHaveText(SLIDES.fr[index]);
      await screenshot(page, `red-chair-1920-fr-${index + 1}`);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'EN', exact: true }).click();

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('Home');
    await screenshot(page, 'red-chair-1280-en-1');
    await page.keyboard.press('End');
    await screenshot(page, 'red-chair-1280-en-7');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.keyboard.press('Home');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'red-chair-390-en-1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await screenshot(page, 'red-chair-390-en-4');

    // A month instead of a week: the ideas proposed 10 to 30 days ago, the older vote and the older implemented idea come in.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('Home');
    await page.getByLabel('Period', { exact: true }).selectOption('30d');
    await expect(page.getByRole('definition')).toHaveText(['5', '0', '2', '5', '4']);
    await page.getByLabel('Period', { exact: true }).selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill('2020-01-01');
    await expect(page.getByText('Choose a period of a year at most.')).toBeVisible();
    await screenshot(page, 'red-chair-1280-en-custom');
  });

  test('is not for customers', async ({ server, signedInPage }) => {
    const page = await signedInPage(VOICE_PEOPLE.customer);
    await page.goto(`${server.url}/red-chair`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });
});
