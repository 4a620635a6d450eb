import { E2E_PASSWORD, expect, screenshot, test } from '../support/journey';

/**
 * The life of an initiative (issue 4): a customer votes and comments, a manager answers in the open
 * with a follow-up note, and the author is told through the notifications menu.
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
  const space = await make.space({ slug: 'community', name: 'Customer community' });
  const idea = await make.initiative({
    space,
    author,
    title: 'A quiet hour for sensitive shoppers',
    body: 'Dim the lights and **turn the music off** on Tuesday mornings.',
    followers: [author],
  });
  initiativeId = idea.id;
});

test.describe('an idea is supported, answered, and its author is told', () => {
  test('a customer votes and comments', async ({ server, signedInPage }) => {
    const page = await signedInPage('fan@example.test');
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
  });

  test('a manager answers with a follow-up note that shows in the timeline', async ({ server, signedInPage }) => {
    const page = await signedInPage('boss@example.test');
    await page.goto(`${server.url}/i/${initiativeId}`);
    await page.getByRole('heading', { level: 1, name: 'A quiet hour for sensitive shoppers' }).waitFor();
    await page.getByRole('button', { name: 'Change status' }).click();
    await page.getByLabel('New status').selectOption('UNDER_REVIEW');
    await page.getByLabel('Follow-up note').fill('We are piloting a quiet hour in Lille from next month.');
    await page.getByRole('button', { name: 'Save answer' }).click();
    await page.getByText('We are piloting a quiet hour in Lille from next month.').first().waitFor();
    await screenshot(page, 'initiative-answered');
  });

  test('the author is told, with the note, in the notifications menu', async ({ signedInPage }) => {
    const page = await signedInPage('author@example.test');
    const bell = page.getByRole('button', { name: /^Notifications, 2 unread/ });
    await bell.waitFor();
    // Clicked at once after signing in: the home page's heading, arriving later, must not take focus and close the menu.
    await bell.click();
    await page
      .getByText(/We are piloting a quiet hour in Lille/)
      .first()
      .waitFor();
    await page
      .getByText(/Yes please, the music is far too loud/)
      .first()
      .waitFor();
    await screenshot(page, 'notifications-menu');
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
  });
});
