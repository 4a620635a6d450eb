import { seriousViolations } from '../support/axe';
import { E2E_PASSWORD, expect, screenshot, test } from '../support/journey';

/**
 * Issue 11: an admin imports 50 people from a CSV chosen in the browser. The dry run changes nothing
 * and names the 3 bad lines by number; "Apply" creates the 47 others, who then show in the directory.
 * And the console is the admins': others get the app's not-found page, never a broken screen.
 */
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ journeys, serverEnv }, testInfo) => {
  const { make } = await journeys.forFile(testInfo.file, serverEnv);
  await make.user({ email: 'ada@example.test', displayName: 'Ada Admin', role: 'ADMIN', password: E2E_PASSWORD, signedIn: false });
  await make.user({ email: 'eve@example.test', displayName: 'Eve Employee', role: 'EMPLOYEE', password: E2E_PASSWORD, signedIn: false });
  await make.user({ email: 'max@example.test', displayName: 'Max Manager', role: 'MANAGER', password: E2E_PASSWORD, signedIn: false });
  await make.space({ slug: 'silver-lab', name: 'Silver Lab', kind: 'COMMUNITY', access: 'INVITE_ONLY' });
});

/** 50 people; lines 5, 17 and 33 of the file (the header is line 1) are wrong in three different ways. */
function csvOfFifty(): string {
  const rows = ['email,displayName,role,spaces'];
  for (let index = 1; index <= 50; index += 1) {
    const line = index + 1;
    const number = String(index).padStart(2, '0');
    if (line === 5) rows.push(`not-an-email,Broken Address,CUSTOMER,`);
    else if (line === 17) rows.push(`person${number}@example.test,Wrong Role,OWNER,`);
    else if (line === 33) rows.push(`person${number}@example.test,Nowhere Space,CUSTOMER,no-such-space`);
    else rows.push(`person${number}@example.test,Imported Person ${number},CUSTOMER,silver-lab`);
  }
  return `${rows.join('\n')}\n`;
}

test('an admin imports 50 people, sees the 3 bad lines in the dry run, then applies', async ({ signedInPage }) => {
  const page = await signedInPage('ada@example.test');
  await page.goto(page.url().replace(/\/[^/]*$/, '/admin/people'));
  await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  await page.getByRole('button', { name: 'Import a CSV' }).click();
  await page
    .getByLabel('CSV file', { exact: true })
    .setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csvOfFifty()) });

  await page.getByRole('heading', { name: 'What the import would do' }).waitFor();
  await page.getByText('A check of people.csv: nothing has changed yet.').waitFor();
  const refused = page.getByRole('list', { name: '3 lines will be left out' });
  await expect(refused.getByRole('listitem')).toHaveCount(3);
  await expect(refused.getByRole('listitem').nth(0)).toContainText('Line 5');
  await expect(refused.getByRole('listitem').nth(1)).toContainText('Line 17');
  await expect(refused.getByRole('listitem').nth(2)).toContainText('Line 33');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'admin-import-preview-1280-en');

  // Nothing was created by the check.
  await page.getByLabel('Search').fill('Imported Person');
  await page.getByRole('heading', { name: 'Nobody matches' }).waitFor();

  await page.getByRole('button', { name: 'Apply: 47 people' }).click();
  await page.getByText('Import done: 47 created, 0 updated.').waitFor();
  await screenshot(page, 'admin-import-applied-1280-en');

  await page.getByRole('region', { name: 'People' }).getByRole('link', { name: 'Imported Person 01' }).waitFor();
  await expect(page.getByText('47 people')).toBeVisible();
  await expect(page).toHaveURL(/q=Imported\+Person/);
  await page.getByLabel('Role', { exact: true }).selectOption('MANAGER');
  await page.getByRole('heading', { name: 'Nobody matches' }).waitFor();
});

test('a non-admin opening /admin/people is refused cleanly; a manager reaches the spaces only', async ({ signedInPage }) => {
  const employee = await signedInPage('eve@example.test');
  await employee.goto(employee.url().replace(/\/[^/]*$/, '/admin/people'));
  await employee.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await expect(employee.getByRole('navigation', { name: 'Administration' })).toHaveCount(0);
  await employee.getByRole('button', { name: 'Eve Employee' }).click();
  await expect(employee.getByRole('link', { name: 'Administration' })).toHaveCount(0);
  expect(await seriousViolations(employee)).toEqual([]);
  await screenshot(employee, 'admin-refused-1280-en');

  const manager = await signedInPage('max@example.test');
  await manager.getByRole('button', { name: 'Max Manager' }).click();
  await manager.getByRole('link', { name: 'Administration' }).click();
  await manager.getByRole('heading', { level: 1, name: 'Spaces' }).waitFor();
  await expect(manager.getByRole('button', { name: 'New space' })).toHaveCount(0);
  await expect(manager.getByRole('navigation', { name: 'Administration' }).getByRole('link')).toHaveText(['Spaces']);
  await manager.getByRole('link', { name: 'Silver Lab' }).click();
  await manager.getByRole('heading', { level: 1, name: 'Silver Lab' }).waitFor();
  await manager.getByLabel('Email addresses').waitFor();
  await expect(manager.getByRole('heading', { name: 'Settings' })).toHaveCount(0);
  await manager.goto(manager.url().replace(/\/admin\/.*$/, '/admin/people'));
  await manager.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
});
