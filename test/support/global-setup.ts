import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';

import type { DatabaseServer, openDatabaseServer } from '../../api/src/database/database-server';
import { createMigratedTemplate, dropLeftoverDatabases, TEST_ENV } from './test-database';

declare global {
  var __redChairTestServer: { server: DatabaseServer; template: string } | undefined;
}

const quiet = { warn: () => undefined, info: () => undefined, debug: () => undefined };

/** What the setup needs from the api: the sources under Jest, the compiled files under Playwright. */
export interface DatabaseModules {
  openDatabaseServer: typeof openDatabaseServer;
  createDataSource: (url: string) => DataSource;
}

/**
 * Once per test run: the PostgreSQL of DATABASE_URL, or an embedded one in .data/postgres-test,
 * and a template database migrated to the latest migration.
 */
export async function prepareTestDatabases({ openDatabaseServer, createDataSource }: DatabaseModules): Promise<void> {
  const server = await openDatabaseServer({
    databaseUrl: process.env.DATABASE_URL,
    embeddedDataDir: resolve(__dirname, '../../.data/postgres-test'),
    log: { ...quiet, warn: (object: unknown, message?: string) => process.stderr.write(`${message ?? String(object)}\n`) },
  });
  await dropLeftoverDatabases(server.adminUrl);
  const template = await createMigratedTemplate(server.adminUrl, createDataSource);
  process.env[TEST_ENV.adminUrl] = server.adminUrl;
  process.env[TEST_ENV.template] = template;
  globalThis.__redChairTestServer = { server, template };
}
