import { defineConfig } from '@playwright/test';

/**
 * Browser journeys: the built server (api/dist + web/dist) on a fresh database per journey file,
 * driven in Debian's Chromium (nothing is downloaded). A failed journey runs once more from its
 * start, and keeps its trace, screenshot and video in test-results/ (`npx playwright show-trace`).
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: '../test-results/playwright',
  globalSetup: './e2e/global-setup.ts',
  // Two files at a time (each has its own server and database): the suite fits CI's time on two cores.
  workers: 2,
  fullyParallel: false,
  retries: 1,
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list'], ['html', { outputFolder: '../test-results/playwright-report', open: 'never' }]] : 'list',
  use: {
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
