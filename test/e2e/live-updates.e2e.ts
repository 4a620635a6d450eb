import { E2E_PASSWORD, screenshot, test } from '../support/journey';

/** What the issue asks of live updates: seen by another person's open page within 2 s. */
const LIVE_WITHIN_MS = 2000;

/**
 * Live updates (issue 10): the author keeps the initiative open while others act on it in their own
 * browsers; the page and the bell change without a reload, through graphql-ws and the session cookie.
 */
test.describe.configure({ mode: 'serial' });

let initiativeId: string;

test.beforeAll(async ({ journeys, serverEnv }, testInfo) => {
  const { make } = await journeys.forFile(testInfo.file, serverEnv);
  const [author] = await Promise.all([
    make.user({ email: 'author@example.test', displayName: 'Odile Autrice', role: 'CUSTOMER', password: E2E_PASSWORD, signedIn: false }),
    make.user({ email: 'fan@example.test', displayName: 'Farid Fan', role: 'CUSTOMER', password: E2E_PASSWORD, signedIn: false }),
    make.user({ email: 'boss@example.test', displayName: 'Marc Manager', role: 'MANAGER', password: E2E_PASSWORD, signedIn: false }),
  ]);
  const space = await make.space({ slug: 'community', name: 'Customer community', kind: 'COMMUNITY' });
  const idea = await make.initiative({
    space,
    author,
    title: 'Refill stations for detergent',
    body: 'Bring your own bottle.',
    followers: [author],
  });
  initiativeId = idea.id;
});

test.describe('an open initiative and the bell update live', () => {
  test('shows another person’s vote, a manager’s answer and the new notification without a reload', async ({ server, signedInPage }) => {
    const author = await signedInPage('author@example.test');
    await author.goto(`${server.url}/i/${initiativeId}`);
    await author.getByRole('heading', { level: 1, name: 'Refill stations for detergent' }).waitFor();
    await author.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    // The socket opens once the page is there; give it a moment before anything happens elsewhere.
    await author.waitForTimeout(500);

    const fan = await signedInPage('fan@example.test');
    await fan.goto(`${server.url}/i/${initiativeId}`);
    await fan.getByRole('button', { name: /^Vote/ }).click();
    await fan.getByRole('button', { name: /^Vote/, pressed: true }).waitFor();
    await author.getByText('1 vote', { exact: true }).first().waitFor({ timeout: LIVE_WITHIN_MS });

    const boss = await signedInPage('boss@example.test');
    await boss.goto(`${server.url}/i/${initiativeId}`);
    await boss.getByRole('button', { name: 'Change status' }).click();
    await boss.getByLabel('New status').selectOption('UNDER_REVIEW');
    await boss.getByLabel('Follow-up note').fill('We will try it in two shops first.');
    await boss.getByRole('button', { name: 'Save answer' }).click();
    await boss.getByText('We will try it in two shops first.').first().waitFor();

    await author.getByText('We will try it in two shops first.').first().waitFor({ timeout: LIVE_WITHIN_MS });
    await author.getByRole('button', { name: /^Notifications, 1 unread/ }).waitFor({ timeout: LIVE_WITHIN_MS });
    await screenshot(author, 'live-answer-seen-by-author');
  });

  test('comes back after a server restart: the open page catches up and keeps updating', async ({ server, signedInPage }) => {
    const author = await signedInPage('author@example.test');
    await author.goto(`${server.url}/i/${initiativeId}`);
    await author.getByRole('heading', { level: 1, name: 'Refill stations for detergent' }).waitFor();
    await author.waitForTimeout(500);

    await server.restart();
    // While the socket is still away, an answer it will not hear: read again once it reconnects.
    const boss = await signedInPage('boss@example.test');
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
  });
});
