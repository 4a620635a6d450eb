import type { Page } from '@playwright/test';

import { digestMail, instantMail, type ReaderLinks } from '../../api/src/notification-mail/notification-mail.content';
import type { MailableNotification } from '../../api/src/notification-mail/notification-mail.repository';
import { seriousViolations } from '../support/axe';
import { E2E_PASSWORD, expect, screenshot, test } from '../support/journey';
import { TestSmtpServer, type ReceivedMail } from '../support/smtp';

/**
 * Heard back away from the app (issue 12): a customer proposes in the community space, a manager
 * answers with a note, and the customer's mail, caught by a real SMTP server, links straight to the
 * answer. Then the customer follows a space from its header and changes how often they are mailed;
 * every kind of mail is rendered in Chromium in both languages for people to look at.
 */
test.describe.configure({ mode: 'serial' });

let smtp: TestSmtpServer;
let initiativeId: string;

test.beforeAll(async ({ journeys, serverEnv }, testInfo) => {
  smtp = await TestSmtpServer.start();
  // The server mails through the test's SMTP server; its jobs run as in production (a kick after each commit).
  const { make } = await journeys.forFile(testInfo.file, { ...serverEnv, SMTP_URL: smtp.url });
  await Promise.all([
    make.user({ email: 'claire@example.test', displayName: 'Claire Cliente', role: 'CUSTOMER', password: E2E_PASSWORD, signedIn: false }),
    make.user({ email: 'marc@example.test', displayName: 'Marc Manager', role: 'MANAGER', password: E2E_PASSWORD, signedIn: false }),
  ]);
  await make.space({ slug: 'community', name: 'Customer community', description: 'Customers and teams co-design the shop of tomorrow' });
  await make.space({ slug: 'stores', name: 'Stores of tomorrow', description: 'What our shops should become' });
});

test.afterAll(async () => {
  await smtp?.close();
});

/** The first mail to `to` the SMTP server received, waiting for it. */
async function mailTo(to: string): Promise<ReceivedMail> {
  for (let count = 1; ; count += 1) {
    const received = await smtp.waitFor(count, 30_000);
    const found = received.find((mail) => mail.envelopeTo.includes(to));
    if (found) return found;
  }
}

async function renderMail(page: Page, html: string, name: string, width: number) {
  await page.setViewportSize({ width, height: 800 });
  await page.setContent(html);
  await screenshot(page, name);
}

test.describe('a customer hears back by mail', () => {
  test('a customer proposes in the community space', async ({ server, signedInPage }) => {
    const page = await signedInPage('claire@example.test');
    await page.goto(`${server.url}/s/community/propose`);
    await page.getByLabel('Title').fill('Refill stations for detergent');
    await page.getByLabel('Description').fill('Bring your own bottle and fill it with **detergent** at the store.');
    await page.getByRole('radio', { name: 'Customers' }).check();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('heading', { level: 1, name: 'Refill stations for detergent' }).waitFor();
    initiativeId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(initiativeId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a manager answers with a follow-up note', async ({ server, signedInPage }) => {
    const page = await signedInPage('marc@example.test');
    await page.goto(`${server.url}/i/${initiativeId}`);
    await page.getByRole('heading', { level: 1, name: 'Refill stations for detergent' }).waitFor();
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByLabel('New status').selectOption('UNDER_REVIEW');
    await page.getByLabel('Follow-up note').fill('We are testing refill stations in three stores this spring.');
    await page.getByRole('button', { name: 'Save answer' }).click();
    await page.getByText('We are testing refill stations in three stores this spring.').first().waitFor();
  });

  test('the customer’s mail arrives and its link leads to the answer', async ({ server, signedInPage }) => {
    const mail = await mailTo('claire@example.test');
    expect(mail.parsed.subject).toBe(
      'Marc Manager moved “Refill stations for detergent” to under review. We are testing refill stations in three stores this spring.',
    );
    const header = (name: string) => mail.parsed.headerLines.find((line) => line.key === name)?.line ?? '';
    expect(header('list-unsubscribe-post')).toContain('List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe')).toMatch(/\/unsubscribe\/[^>]+>/);
    const html = String(mail.parsed.html);
    expect(mail.parsed.text).toContain('You get this because you follow “Refill stations for detergent”.');
    const link = /Read the answer: (\S+)/.exec(mail.parsed.text ?? '')?.[1] ?? '';
    expect(link).toMatch(new RegExp(`/i/${initiativeId}#status-timeline$`));

    const page = await signedInPage('claire@example.test');
    await renderMail(page, html, 'mail-instant-en-640', 640);
    await renderMail(page, html, 'mail-instant-en-390', 390);
    // PUBLIC_URL defaults to http://localhost:PORT; the journey's browser signed in on 127.0.0.1.
    const url = new URL(link);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}${url.pathname}${url.hash}`);
    const timeline = page.locator('#status-timeline');
    await timeline.getByText('We are testing refill stations in three stores this spring.').waitFor();
    await expect(timeline).toBeFocused();
    await screenshot(page, 'mail-link-answer');
  });

  test('the customer follows a space from its header, and chooses a daily digest', async ({ server, signedInPage }) => {
    const page = await signedInPage('claire@example.test');
    await page.goto(`${server.url}/s/stores`);
    await page.getByRole('heading', { level: 1, name: 'Stores of tomorrow' }).waitFor();
    const follow = page.getByRole('button', { name: 'Follow this space' });
    await expect(follow).toHaveAttribute('aria-pressed', 'false');
    await follow.click();
    await expect(follow).toHaveAttribute('aria-pressed', 'true');
    const every = page.getByLabel('Also tell me about every new initiative');
    await every.check();
    await page.reload();
    await expect(page.getByLabel('Also tell me about every new initiative')).toBeChecked();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'space-followed-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'space-followed-390');

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}/settings`);
    await page.getByRole('heading', { name: 'Email notifications' }).waitFor();
    await page.getByRole('radio', { name: 'A daily digest, at 8:00' }).check();
    await page.getByLabel('Time zone').selectOption('Europe/Paris');
    await page.getByRole('button', { name: 'Update email settings' }).click();
    await page.getByText('Your email settings are saved.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'settings-email-1280-en');
    await page.reload();
    const daily = page.getByRole('radio', { name: 'A daily digest, at 8:00' });
    await daily.waitFor({ timeout: 20_000 }); // the settings arrive after the page
    await expect(daily).toBeChecked();
    await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Paris');
  });

  test('the unsubscribe page asks first, then confirms; a broken link is explained', async ({ server, browser }) => {
    const mail = await mailTo('claire@example.test');
    const link = /<([^>]+)>/.exec(mail.parsed.headerLines.find((line) => line.key === 'list-unsubscribe')?.line ?? '')?.[1] ?? '';
    const path = new URL(link).pathname;
    const context = await browser.newContext(); // no session: the link works signed out
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1, name: 'Stop notification mail' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'unsubscribe-ask');
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    // Claire chose DAILY since that mail: its link is from an older choice, and says so.
    await page.getByText('This link comes from an older mail').waitFor();
    await screenshot(page, 'unsubscribe-expired');
    await page.goto(`${server.url}/unsubscribe/not-a-real-token`);
    await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
    await screenshot(page, 'unsubscribe-invalid');
    await context.close();
  });
});

test.describe('every kind of mail, as Chromium renders it', () => {
  const links: ReaderLinks = {
    to: (path) => `https://ideas.example.com${path}`,
    settings: 'https://ideas.example.com/settings#email-notifications',
    unsubscribe: 'https://ideas.example.com/unsubscribe/0b6f0c5e-4f5e-4e8e-9d6a-2f7f3c1a9e11.3.signature',
  };
  const sample = (locale: 'en' | 'fr', fields: Partial<MailableNotification>): MailableNotification => ({
    id: crypto.randomUUID(),
    kind: 'STATUS_CHANGED',
    recipient_id: '0b6f0c5e-4f5e-4e8e-9d6a-2f7f3c1a9e11',
    email: 'claire@example.test',
    locale,
    recipient_name: 'Claire Cliente',
    email_frequency: 'DAILY',
    unsubscribe_version: 3,
    time_zone: 'Europe/Paris',
    initiative_id: 'f1a2b3c4-0000-4000-8000-000000000001',
    challenge_id: null,
    comment_id: null,
    status: 'UNDER_REVIEW',
    detail: null,
    created_at: new Date('2026-01-13T09:30:00Z'),
    title: 'Refill stations for detergent',
    actor_name: 'Marc Manager',
    space_name: 'Customer community',
    follows_initiative: true,
    ...fields,
  });
  const items = (locale: 'en' | 'fr') => [
    sample(locale, { detail: locale === 'fr' ? 'Nous testons trois magasins ce printemps.' : 'We are testing three stores this spring.' }),
    sample(locale, {
      kind: 'COMMENTED',
      status: null,
      actor_name: 'Farid Fan',
      comment_id: 'c0000000-0000-4000-8000-000000000002',
      detail: locale === 'fr' ? 'Enfin ! J’apporterai mes bouteilles.' : 'At last! I will bring my bottles.',
      created_at: new Date('2026-01-13T14:05:00Z'),
    }),
    sample(locale, {
      kind: 'INITIATIVE_PROPOSED',
      status: null,
      actor_name: 'Léa Client',
      initiative_id: 'f1a2b3c4-0000-4000-8000-000000000003',
      title: locale === 'fr' ? 'Ateliers de réparation contre des points fidélité' : 'Repair workshops for loyalty points',
      follows_initiative: false,
      created_at: new Date('2026-01-13T16:40:00Z'),
    }),
    sample(locale, {
      kind: 'CHALLENGE_OPENED',
      status: null,
      initiative_id: null,
      challenge_id: 'c4a11e00-0000-4000-8000-000000000004',
      title: locale === 'fr' ? 'Des files d’attente plus courtes' : 'Shorter queues at the till',
      detail: locale === 'fr' ? 'Des files d’attente plus courtes' : 'Shorter queues at the till',
      follows_initiative: false,
      created_at: new Date('2026-01-13T17:00:00Z'),
    }),
  ];

  for (const locale of ['en', 'fr'] as const) {
    test(`notification and digest mails in ${locale}`, async ({ page }) => {
      const [answer, comment, proposed, challenge] = items(locale);
      await renderMail(page, instantMail(answer, links).html, `mail-status-${locale}`, 640);
      await renderMail(page, instantMail(comment, links).html, `mail-comment-${locale}`, 640);
      await renderMail(page, instantMail(proposed, links).html, `mail-proposed-${locale}`, 640);
      await renderMail(page, instantMail(challenge, links).html, `mail-challenge-${locale}`, 640);
      const daily = digestMail(items(locale), 'DAILY', links);
      await renderMail(page, daily.html, `mail-digest-daily-${locale}`, 640);
      await renderMail(page, daily.html, `mail-digest-daily-${locale}-390`, 390);
      const weekly = digestMail(items(locale), 'WEEKLY', links);
      await renderMail(page, weekly.html, `mail-digest-weekly-${locale}`, 640);
      // No remote resources: nothing for a mail client to block or to track the reader with.
      for (const html of [daily.html, weekly.html, instantMail(answer, links).html]) expect(html).not.toMatch(/<img|<link|src=|url\(/);
    });
  }
});
