// Manual visual check (not run by CI): signs in with a demo account and takes full-page screenshots
// of the first screens in English and French, on desktop and on a 375 px phone.
//   BASE_URL=http://localhost:3100 OUT=/tmp/rc-shots node web/scripts/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://localhost:3100';
const out = process.env.OUT ?? '/tmp/rc-shots';
const email = process.env.EMAIL ?? 'employee@redchair.test';
const password = process.env.PASSWORD ?? 'RedChair-demo-2026';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const viewports = { desktop: { width: 1280, height: 860 }, mobile: { width: 375, height: 812 } };
const problems = [];

for (const locale of ['en', 'fr']) {
  for (const [device, viewport] of Object.entries(viewports)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
    await context.addInitScript((value) => localStorage.setItem('rc.locale', value), locale);
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && problems.push(`${locale}/${device} console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`${locale}/${device} page error: ${error.message}`));
    const shot = async (name) => {
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `${out}/${name}-${locale}-${device}.png`, fullPage: true });
    };

    await page.goto(`${base}/sign-up`);
    await page.locator('h1').waitFor();
    await page.click('button[type=submit]');
    await shot('sign-up-errors');

    await page.goto(`${base}/s/internal`);
    await page.waitForURL(/sign-in/);
    await page.locator('h1').waitFor();
    await shot('sign-in');
    // An unknown account, so repeated runs never lock the demo account (10 failures in 15 minutes).
    await page.fill('#sign-in-email', 'nobody@redchair.test');
    await page.fill('#sign-in-password', 'wrong-password-123');
    await page.click('button[type=submit]');
    await page.getByRole('alert').waitFor();
    await shot('sign-in-failed');
    await page.fill('#sign-in-email', email);
    await page.fill('#sign-in-password', password);
    await page.click('button[type=submit]');
    await page.waitForURL(`${base}/s/internal`);
    await page.locator('article').first().waitFor();
    await shot('feed');

    await page.goto(`${base}/`);
    await page.locator('h1').waitFor();
    await page.locator('main li').first().waitFor();
    await shot('home');

    await page.goto(`${base}/s/internal`);
    await page.locator('article h2 a').first().click();
    await page.waitForURL(/\/i\//);
    await page.locator('h1').waitFor();
    await shot('initiative');

    await page.goto(`${base}/s/internal/propose`);
    await page.locator('h1').waitFor();
    await page.fill('#propose-title', 'abc');
    await page.fill('#propose-tags', 'checkout, two words, Saturday');
    await page.click('button[type=submit]');
    await page.getByRole('alert').waitFor();
    await shot('propose-errors');

    await page.goto(`${base}/i/00000000-0000-4000-8000-000000000000`);
    await page.locator('h1').waitFor();
    await shot('not-found');

    await page.goto(`${base}/`);
    await page.locator('header button[aria-expanded]').click();
    await page.screenshot({ path: `${out}/user-menu-${locale}-${device}.png` });
    await page.locator('header button[aria-expanded] + div button').click();
    await page.waitForURL(/\/sign-in/);
    await page.locator('h1').waitFor();
    if (page.url() !== `${base}/sign-in`) problems.push(`${locale}/${device}: sign-out landed on ${page.url()}`);
    if (await page.locator('header button[aria-expanded]').count()) problems.push(`${locale}/${device}: user menu still shown after sign-out`);
    await shot('signed-out');
    await context.close();
  }
}

await browser.close();
console.log(problems.length ? problems.join('\n') : 'no console errors');
console.log(`screenshots in ${out}`);
