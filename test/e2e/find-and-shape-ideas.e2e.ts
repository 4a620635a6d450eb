import { seriousViolations } from '../support/axe';
import { E2E_PASSWORD, expect, screenshot, test } from '../support/journey';

/**
 * Issue 10: finding ideas (search, tags, roadmap), catching duplicates while typing, merging them, and
 * the header on a phone and while the API is away.
 */
test.describe.configure({ mode: 'serial' });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let receiptsId: string;
let duplicateId: string;

test.beforeAll(async ({ journeys, serverEnv }, testInfo) => {
  const { make } = await journeys.forFile(testInfo.file, serverEnv);
  const [author] = await Promise.all([
    make.user({ email: 'author@example.test', displayName: 'Odile Autrice', role: 'EMPLOYEE', password: E2E_PASSWORD, signedIn: false }),
    make.user({ email: 'boss@example.test', displayName: 'Marc Manager', role: 'MANAGER', password: E2E_PASSWORD, signedIn: false }),
    make.user({ email: 'newcomer@example.test', displayName: 'Nina Nouvelle', role: 'EMPLOYEE', password: E2E_PASSWORD, signedIn: false }),
  ]);
  const space = await make.space({ slug: 'stores', name: 'Stores of tomorrow', kind: 'INTERNAL' });
  const receipts = await make.initiative({
    space,
    author,
    title: 'Paper receipts only on request',
    body: 'Most receipts go straight to the bin: print them only when the customer asks.',
    tags: ['tills', 'paper'],
    status: 'UNDER_REVIEW',
  });
  receiptsId = receipts.id;
  const duplicate = await make.initiative({
    space,
    author,
    title: 'Stop printing receipts nobody wants',
    body: 'Receipts cost paper and ink; offer them by email instead.',
    tags: ['paper'],
  });
  duplicateId = duplicate.id;
  await make.initiative({
    space,
    author,
    title: 'Quieter checkout lanes',
    body: 'Lower the music near the tills.',
    tags: ['tills'],
    status: 'SELECTED',
  });
  await make.initiative({
    space,
    author,
    title: 'Repair café on Saturdays',
    body: 'Customers bring broken things.',
    status: 'IN_PROGRESS',
  });
  await make.initiative({ space, author, title: 'Free water at the entrance', body: 'A fountain by the door.', status: 'IMPLEMENTED' });
  await make.initiative({ space, author, title: 'Bike racks by the door', body: 'Cyclists have nowhere to park.' });
});

test.describe('finding and shaping ideas', () => {
  test('search ranks and marks matches, keeps them in the URL, and tags filter the feed', async ({ server, signedInPage }) => {
    const page = await signedInPage('newcomer@example.test');
    await page.setViewportSize(DESKTOP);
    await page.goto(`${server.url}/s/stores`);
    await page.getByRole('heading', { level: 1, name: 'Stores of tomorrow' }).waitFor();

    await page.getByRole('searchbox', { name: 'Search initiatives' }).fill('receipt');
    await page.waitForURL(/\?q=receipt$/);
    await expect(page.getByText('2 initiatives match “receipt”')).toBeVisible();
    const cards = page.getByRole('main').getByRole('article');
    await expect(cards).toHaveCount(2);
    await expect(page.locator('mark').first()).toHaveText(/receipts/i);
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('RELEVANCE');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'search-1280-en');

    // The URL holds the search: a reload shows the same results.
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search initiatives' })).toHaveValue('receipt');
    await expect(cards).toHaveCount(2);

    // A tag on a card filters the feed by it; back returns to the search.
    await page.getByRole('link', { name: 'Show initiatives tagged tills' }).first().click();
    await page.waitForURL(/\/s\/stores\?tag=tills$/);
    await expect(page.getByRole('button', { name: 'Remove the tag filter tills' })).toBeVisible();
    await expect(cards).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Quieter checkout lanes' })).toBeVisible();
    await page.goBack();
    await page.waitForURL(/\?q=receipt$/);
    await expect(page.getByRole('searchbox', { name: 'Search initiatives' })).toHaveValue('receipt');

    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await expect(page.getByText('2 initiatives correspondent à « receipt »')).toBeVisible();
    await screenshot(page, 'search-1280-fr');
    await page.setViewportSize(PHONE);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'search-390-fr');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await screenshot(page, 'search-390-en');

    await page.getByRole('button', { name: /Clear filters/ }).click();
    await expect(page.getByRole('searchbox', { name: 'Search initiatives' })).toHaveValue('');
    await expect(cards).toHaveCount(6);
  });

  test('proposing warns of similar ideas while typing and offers to vote for one instead', async ({ server, signedInPage }) => {
    const page = await signedInPage('newcomer@example.test');
    await page.setViewportSize(DESKTOP);
    await page.goto(`${server.url}/s/stores/propose`);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('SimilarInitiatives')) asked.push(request.postData() ?? '');
    });
    await page.getByRole('textbox', { name: 'Title' }).pressSequentially('Paper receipts', { delay: 30 });
    const warning = page.getByRole('status').filter({ hasText: 'similar idea' });
    await expect(warning).toHaveText(/^\d similar ideas? already exists?$/);
    expect(asked.length).toBeLessThanOrEqual(2); // once typing paused, never per keystroke
    await expect(page.getByRole('link', { name: 'Paper receipts only on request' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'similar-1280-en');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'similar-390-en');
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await expect(page.getByRole('button', { name: /^Voter pour celle-ci plutôt.*Paper receipts only on request/ })).toBeVisible();
    await screenshot(page, 'similar-390-fr');
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'similar-1280-fr');
    await page.getByRole('button', { name: 'EN', exact: true }).click();

    await page.getByRole('button', { name: 'Vote for this one instead: Paper receipts only on request' }).click();
    await page.waitForURL(`${server.url}/i/${receiptsId}`);
    await expect(page.getByRole('button', { name: 'Vote' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('a manager merges a duplicate; its page then points to the one kept', async ({ server, signedInPage }) => {
    const page = await signedInPage('boss@example.test');
    await page.setViewportSize(DESKTOP);
    await page.goto(`${server.url}/i/${duplicateId}`);
    await page.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge this initiative into another' });
    await dialog.getByRole('searchbox', { name: 'Find the initiative to keep' }).fill('paper receipts');
    await dialog.getByRole('radio', { name: /Paper receipts only on request/ }).check();
    await expect(dialog.getByRole('region', { name: 'Kept' })).toContainText('Paper receipts only on request');
    await expect(dialog.getByRole('region', { name: 'Duplicate (merged)' })).toContainText('Stop printing receipts nobody wants');
    await dialog.getByRole('textbox', { name: /Note to the author/ }).fill('Same idea: follow the tills team’s answer there.');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'merge-dialog-1280-en');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'merge-dialog-390-en');
    await page.setViewportSize(DESKTOP);
    await dialog.getByRole('button', { name: 'Merge' }).click();

    await expect(page.getByText('Merged into another initiative')).toBeVisible();
    const target = page.getByRole('main').getByRole('link', { name: 'Paper receipts only on request' });
    await expect(target).toHaveAttribute('href', `/i/${receiptsId}`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'merged-banner-1280-en');
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await expect(page.getByText('Fusionnée dans une autre initiative')).toBeVisible();
    await screenshot(page, 'merged-banner-1280-fr');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'merged-banner-390-fr');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await screenshot(page, 'merged-banner-390-en');
    await target.click();
    await page.waitForURL(`${server.url}/i/${receiptsId}`);
  });

  test('the roadmap shows a column per status, linked from the feed', async ({ server, signedInPage }) => {
    const page = await signedInPage('newcomer@example.test');
    await page.setViewportSize(DESKTOP);
    await page.goto(`${server.url}/s/stores`);
    await page.getByRole('link', { name: 'Roadmap' }).click();
    await page.waitForURL(`${server.url}/s/stores/roadmap`);
    await page.getByRole('heading', { level: 1, name: 'Roadmap' }).waitFor();
    for (const [column, title] of [
      ['Under review', 'Paper receipts only on request'],
      ['Selected', 'Quieter checkout lanes'],
      ['In progress', 'Repair café on Saturdays'],
      ['Implemented', 'Free water at the entrance'],
    ]) {
      const region = page.getByRole('region', { name: column });
      await expect(region.getByRole('heading', { level: 2, name: column })).toBeVisible();
      await expect(region.getByRole('link', { name: title })).toBeVisible();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'roadmap-1280-en');
    await page.setViewportSize(PHONE);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'roadmap-390-en');
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Feuille de route' }).waitFor();
    await screenshot(page, 'roadmap-390-fr');
    await page.setViewportSize(DESKTOP);
    await screenshot(page, 'roadmap-1280-fr');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
  });

  test('on a phone the nav is behind a menu button that works with the keyboard', async ({ server, signedInPage }) => {
    const page = await signedInPage('boss@example.test');
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/challenges`);
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav).toBeHidden();

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Spaces' })).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Insights' })).toBeVisible();
    // Nothing scrolls sideways.
    const scrollWidth = await page.evaluate(
      // Runs in the page; the test project has no DOM types.
      () => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth,
    );
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'phone-menu-390-en');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();

    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await menu.click();
    const frenchNav = page.getByRole('navigation', { name: /^Navigation/ });
    await frenchNav.getByRole('link', { name: 'Palmarès' }).waitFor();
    await screenshot(page, 'phone-menu-390-fr');
    await frenchNav.getByRole('link', { name: 'Palmarès' }).click();
    await page.waitForURL(`${server.url}/hall-of-fame`);
    await expect(menu).toHaveAttribute('aria-expanded', 'false'); // a navigation closes it
    await page.getByRole('button', { name: 'EN', exact: true }).click();
  });

  test('while the API is down the header still shows the person and says the connection is lost', async ({ server, signedInPage }) => {
    const page = await signedInPage('boss@example.test');
    await page.setViewportSize(DESKTOP);
    await page.goto(`${server.url}/s/stores`);
    await page.getByRole('button', { name: /Marc Manager/ }).waitFor();
    await page.route('**/graphql', (route) => route.abort());
    await page.reload();
    await expect(page.getByText(/^Connection lost/)).toBeVisible();
    await expect(page.getByRole('button', { name: /Marc Manager/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sign in' })).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'offline-1280-en');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'offline-390-en');
  });
});
