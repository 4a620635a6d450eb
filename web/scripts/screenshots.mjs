// Manual visual check (not run by CI): signs in with demo accounts and takes screenshots of the main
// screens in English and French, on desktop and on a 375 px phone. Needs the demo data, with a few
// initiatives answered and commented (a manager's answers make the timeline worth looking at).
//   BASE_URL=http://localhost:3100 OUT=/tmp/rc-shots node web/scripts/screenshots.mjs
// ONLY=initiative,notifications limits the run to screenshots whose name starts with one of these.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://localhost:3100';
const out = process.env.OUT ?? '/tmp/rc-shots';
const password = process.env.PASSWORD ?? 'RedChair-demo-2026';
const manager = process.env.MANAGER ?? 'manager@redchair.test';
const customer = process.env.CUSTOMER ?? 'customer@redchair.test';
const only = process.env.ONLY ? process.env.ONLY.split(',') : null;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const viewports = { desktop: { width: 1280, height: 860 }, mobile: { width: 375, height: 812 } };
const problems = [];

/** The initiatives the screens show, found by what they are rather than by id. */
async function pickInitiatives(page) {
  const response = await page.request.post(`${base}/graphql`, {
    data: {
      query:
        '{ initiatives(first: 100, sort: MOST_VOTED) { nodes { id status commentCount author { id } statusHistory { to } } } me { id } }',
    },
  });
  const { data } = await response.json();
  const nodes = data.initiatives.nodes;
  return {
    answered: nodes.filter((node) => node.statusHistory.length).sort((a, b) => b.commentCount - a.commentCount)[0],
    submitted: nodes.find((node) => node.status === 'SUBMITTED'),
    declined: nodes.find((node) => node.status === 'DECLINED'),
    own: nodes.find((node) => node.status === 'SUBMITTED' && node.author.id === data.me.id),
  };
}

for (const locale of ['en', 'fr']) {
  for (const [device, viewport] of Object.entries(viewports)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
    await context.addInitScript((value) => localStorage.setItem('rc.locale', value), locale);
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && problems.push(`${locale}/${device} console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`${locale}/${device} page error: ${error.message}`));
    const wanted = (name) => !only || only.some((prefix) => name.startsWith(prefix));
    const shot = async (name, { fullPage = true } = {}) => {
      if (!wanted(name)) return;
      await page.waitForLoadState('networkidle');
      // A full-page shot of a scrolled page would paint the sticky header mid-page.
      if (fullPage) await page.evaluate(() => globalThis.scrollTo(0, 0));
      await page.screenshot({ path: `${out}/${name}-${locale}-${device}.png`, fullPage });
    };
    const signIn = async (email) => {
      await page.goto(`${base}/sign-in`);
      await page.locator('#sign-in-email').waitFor();
      await page.fill('#sign-in-email', email);
      await page.fill('#sign-in-password', password);
      await page.click('button[type=submit]');
      await page.waitForURL(`${base}/`);
      await page.locator('main li').first().waitFor();
    };
    const signOut = async () => {
      await page.goto(`${base}/`);
      await page.locator('header button[aria-expanded]').last().click();
      await page.locator('header button[aria-expanded] + div button').last().click();
      await page.waitForURL(/\/sign-in/);
      await page.locator('h1').waitFor();
    };
    const openNotifications = async (name) => {
      await page.getByRole('button', { name: /^Notifications/ }).click();
      await page.getByRole('heading', { name: 'Notifications' }).waitFor();
      await page.waitForLoadState('networkidle');
      await shot(name, { fullPage: false });
      await page.keyboard.press('Escape');
    };

    if (wanted('sign-up') || wanted('sign-in')) {
      await page.goto(`${base}/sign-up`);
      await page.locator('h1').waitFor();
      await page.click('button[type=submit]');
      await shot('sign-up-errors');

      await page.goto(`${base}/s/internal`);
      await page.waitForURL(/sign-in/);
      await page.locator('h1').waitFor();
      await shot('sign-in');
      // An unknown account, so repeated runs never lock a demo account (10 failures in 15 minutes).
      await page.fill('#sign-in-email', 'nobody@redchair.test');
      await page.fill('#sign-in-password', 'wrong-password-123');
      await page.click('button[type=submit]');
      await page.getByRole('alert').waitFor();
      await shot('sign-in-failed');
    }

    // A manager: answers, moderation, the feed's orders.
    await signIn(manager);
    const ideas = await pickInitiatives(page);
    await shot('home');

    await page.goto(`${base}/s/internal`);
    await page.locator('article').first().waitFor();
    await shot('feed');

    await page.goto(`${base}/s/community?sort=MOST_VOTED&awaiting=1`);
    await page.locator('main select').first().waitFor();
    await page.waitForLoadState('networkidle');
    await shot('feed-sort-awaiting');
    await page.goto(`${base}/s/community?sort=MOST_VOTED`);
    await page.locator('article').first().waitFor();
    await shot('feed-sort');

    if (ideas.answered) {
      await page.goto(`${base}/i/${ideas.answered.id}`);
      await page.locator('h1').waitFor();
      await shot('initiative-timeline');
    }
    if (ideas.submitted) {
      await page.goto(`${base}/i/${ideas.submitted.id}`);
      await page.locator('h1').waitFor();
      await page.getByRole('button', { name: locale === 'fr' ? 'Changer le statut' : 'Change status' }).click();
      const select = page.locator('select').first();
      await select.waitFor();
      await select.selectOption('DECLINED');
      await page.getByRole('button', { name: locale === 'fr' ? 'Enregistrer la réponse' : 'Save answer' }).click();
      await page.getByRole('alert').first().waitFor();
      await shot('status-form');
    }
    await page.goto(`${base}/`);
    await page.locator('main li').first().waitFor();
    await openNotifications('notifications-manager');

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

    // Recognition, campaigns and insights (manager).
    const fr = locale === 'fr';
    const extra = await (
      await page.request.post(`${base}/graphql`, {
        data: { query: '{ hallOfFame(first: 1) { nodes { initiative { id author { id } } } } challenges { id state space { slug } } }' },
      })
    ).json();
    const famed = extra.data.hallOfFame.nodes[0]?.initiative;
    const challenge = extra.data.challenges.find((one) => one.state === 'OPEN') ?? extra.data.challenges[0];
    if (famed) {
      await page.goto(`${base}/i/${famed.id}`);
      await page.locator('h1').waitFor();
      await shot('awards-initiative');
      await page.getByRole('button', { name: fr ? 'Décerner une distinction' : 'Grant an award' }).click();
      await page.locator('dialog[open] select').waitFor();
      await page.getByRole('button', { name: fr ? 'Décerner' : 'Grant', exact: true }).click();
      await page.locator('dialog[open] [role=alert]').waitFor();
      await shot('awards-grant-dialog', { fullPage: false });
      await page.keyboard.press('Escape');
      await page.goto(`${base}/people/${famed.author.id}`);
      await page.locator('h1').waitFor();
      await shot('people-profile');
    }
    await page.goto(`${base}/hall-of-fame`);
    await page.locator('h1').waitFor();
    await shot('hall-of-fame');
    await page.goto(`${base}/leaderboard?period=all`);
    await page.locator('h1').waitFor();
    await shot('leaderboard');
    await page.goto(`${base}/challenges`);
    await page.locator('h1').waitFor();
    await shot('challenges');
    if (challenge) {
      await page.goto(`${base}/challenges/${challenge.id}`);
      await page.locator('h1').waitFor();
      await shot('challenges-page');
      await page.goto(`${base}/s/${challenge.space.slug}/propose?challenge=${challenge.id}`);
      await page.locator('h1').waitFor();
      await shot('challenges-propose');
    }
    await page.goto(`${base}/s/community/challenges/new`);
    await page.locator('#launch-title').waitFor();
    await page.fill('#launch-title', 'Q?');
    await page.fill('#launch-closes', '2020-01-01T10:00');
    await page.click('form button[type=submit]');
    await page.getByRole('alert').first().waitFor();
    await shot('challenges-launch-errors');
    await page.goto(`${base}/s/community/awaiting`);
    await page.locator('h1').waitFor();
    await shot('awaiting');
    await page.goto(`${base}/insights?period=all`);
    await page.locator('h1').waitFor();
    await page.locator('canvas').first().waitFor();
    await page.waitForTimeout(800);
    await shot('insights');

    await page.goto(`${base}/`);
    await page.locator('header button[aria-expanded]').last().click();
    await shot('user-menu', { fullPage: false });
    await page.keyboard.press('Escape');
    await signOut();
    if (page.url() !== `${base}/sign-in`) problems.push(`${locale}/${device}: sign-out landed on ${page.url()}`);
    if (await page.locator('header button[aria-expanded]').count()) problems.push(`${locale}/${device}: menus still shown after sign-out`);
    await shot('signed-out');

    // A customer: their own idea (edit, withdraw), a declined one (votes closed), what they were told.
    await signIn(customer);
    const mine = await pickInitiatives(page);
    await openNotifications('notifications-customer');
    if (mine.answered) {
      await page.goto(`${base}/i/${mine.answered.id}`);
      await page.locator('h1').waitFor();
      await shot('initiative-customer');
    }
    if (mine.declined) {
      await page.goto(`${base}/i/${mine.declined.id}`);
      await page.locator('h1').waitFor();
      await shot('initiative-declined');
    }
    if (mine.own) {
      await page.goto(`${base}/i/${mine.own.id}`);
      await page.locator('h1').waitFor();
      await shot('initiative-own');
      await page.getByRole('button', { name: locale === 'fr' ? 'Retirer' : 'Withdraw', exact: true }).click();
      await page.locator('dialog[open]').waitFor();
      await shot('withdraw-dialog', { fullPage: false });
      await page.keyboard.press('Escape');
      await page.goto(`${base}/i/${mine.own.id}/edit`);
      await page.locator('#edit-title').waitFor();
      await shot('edit');
    }
    const codesign = await (
      await page.request.post(`${base}/graphql`, {
        data: {
          query: '{ initiatives(first: 100, filter: { status: [IN_PROGRESS, IMPLEMENTED] }) { nodes { id ratingCount space { kind } } } }',
        },
      })
    ).json();
    const rated = codesign.data.initiatives.nodes
      .filter((node) => node.space.kind === 'COMMUNITY')
      .sort((a, b) => b.ratingCount - a.ratingCount)[0];
    if (rated) {
      await page.goto(`${base}/i/${rated.id}`);
      await page.locator('h1').waitFor();
      await shot('ratings-initiative');
    }
    await signOut();
    await context.close();
  }
}

await browser.close();
console.log(problems.length ? problems.join('\n') : 'no console errors');
console.log(`screenshots in ${out}`);
