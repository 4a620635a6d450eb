import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

import { createDatabaseFromTemplate, dropDatabase, withClient, withDatabase } from '../../api/src/database/database-server';

/** Set by global-setup for every test worker. */
export const TEST_ENV = { adminUrl: 'RED_CHAIR_TEST_ADMIN_URL', template: 'RED_CHAIR_TEST_TEMPLATE' } as const;

/** Names carry their creation time, so a later run can drop what a crashed run left behind. */
export const testDatabaseName = (kind: 'tpl' | 'db') => `rc_${kind}_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;

export async function dropLeftoverDatabases(adminUrl: string, olderThanSeconds = 3 * 3600): Promise<void> {
  const cutoff = Math.floor(Date.now() / 1000) - olderThanSeconds;
  const rows = await withClient(adminUrl, (client) =>
    client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^rc_(tpl|db)_[0-9]+_[0-9a-f]+$'`),
  );
  for (const { datname } of rows.rows) {
    if (Number(datname.split('_')[2]) < cutoff) await dropDatabase(adminUrl, datname);
  }
}

/**
 * A migrated template: every test file clones it instead of migrating again. The data source is
 * passed in: Playwright's transform cannot load the entities' decorators, so its setup passes the
 * compiled one from api/dist.
 */
export async function createMigratedTemplate(adminUrl: string, createDataSource: (url: string) => DataSource): Promise<string> {
  const name = testDatabaseName('tpl');
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const dataSource = createDataSource(withDatabase(adminUrl, name));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  return name;
}

/** A fresh database for one test file. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const template = process.env[TEST_ENV.template];
  if (!adminUrl || !template)
    throw new Error('test/support/global-setup.ts did not run (use the jest or playwright config of the project)');
  const name = testDatabaseName('db');
  await createDatabaseFromTemplate(adminUrl, name, template);
  return { url: withDatabase(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}
