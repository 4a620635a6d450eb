import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { Pool } from 'pg';

import { factories, type Factories } from './factories';
import { ServerProcess } from './server-process';

export { expect } from '@playwright/test';

export const E2E_PASSWORD = 'a-long-password';

export const SCREENSHOTS = resolve(__dirname, '../../test-results/screenshots');

/** A page for people to look at in test-results/screenshots, whatever the outcome. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The built server of one journey file, and factories writing to its database. */
export interface Journey {
  server: ServerProcess;
  make: Factories;
  stop(): Promise<void>;
}

async function startJourney(env: Record<string, string>): Promise<Journey> {
  const server = await ServerProcess.start(env);
  const pool = new Pool({ connectionString: server.databaseUrl, max: 2 });
  const make = factories(async (sql, params) => (await pool.query(sql, params)).rows);
  return {
    server,
    make,
    stop: async () => {
      await pool.end();
      await server.stop();
    },
  };
}

interface JourneyFixtures {
  server: ServerProcess;
  make: Factories;
  /** A fresh browser context (its own cookies) signed in through the sign-in page. */
  signedInPage: (email: string) => Promise<Page>;
}

interface WorkerFixtures {
  /** Environment of the server of this file: `test.use({ serverEnv: { DEMO_DATA: '1' } })`. */
  serverEnv: Record<string, string>;
  /** In `beforeAll` (which sees only worker fixtures): `journeys.forFile(testInfo.file, serverEnv)`. */
  journeys: { forFile(file: string, env: Record<string, string>): Promise<Journey> };
}

/**
 * A journey file is a serial story (`test.describe.configure({ mode: 'serial' })`) on a server of
 * its own: one server per file, started by its first test, stopped when the next file starts or
 * the worker ends. A retry runs in a new worker, so it replays the story on a fresh database.
 */
export const test = base.extend<JourneyFixtures, WorkerFixtures>({
  journeys: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      let current: { file: string; journey: Journey } | undefined;
      await use({
        async forFile(file, env) {
          if (current?.file === file) return current.journey;
          await current?.journey.stop();
          current = { file, journey: await startJourney(env) };
          return current.journey;
        },
      });
      await current?.journey.stop();
    },
    { scope: 'worker' },
  ],
  serverEnv: [{}, { option: true, scope: 'worker' }],
  server: async ({ journeys, serverEnv }, use, testInfo) => use((await journeys.forFile(testInfo.file, serverEnv)).server),
  make: async ({ journeys, serverEnv }, use, testInfo) => use((await journeys.forFile(testInfo.file, serverEnv)).make),
  signedInPage: async ({ browser, server, viewport, locale }, use) => {
    const pages: Page[] = [];
    await use(async (email) => {
      const page = await signIn(browser, server.url, email, { viewport, locale });
      pages.push(page);
      return page;
    });
    for (const page of pages) await page.context().close();
  },
});

async function signIn(browser: Browser, baseUrl: string, email: string, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}
