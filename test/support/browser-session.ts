import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import { hashPassword } from '../../api/src/auth/passwords';

export const E2E_PASSWORD = 'a-long-password';

/** Inserts people straight into the server's database (their passwords work through the UI). */
export async function createPeople(databaseUrl: string, people: { email: string; displayName: string; role: string }[]): Promise<Record<string, string>> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const hash = await hashPassword(E2E_PASSWORD);
    const ids: Record<string, string> = {};
    for (const person of people) {
      const { rows } = await db.query<{ id: string }>('INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id', [
        person.email, person.displayName, person.role, hash,
      ]);
      ids[person.email] = rows[0].id;
    }
    return ids;
  } finally {
    await db.end();
  }
}

/** A fresh browser context (its own cookies) signed in through the sign-in page. */
export async function signedInPage(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}
