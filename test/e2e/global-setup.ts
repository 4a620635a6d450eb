import { resolve } from 'node:path';

import { prepareTestDatabases, type DatabaseModules } from '../support/global-setup';
import globalTeardown from '../support/global-teardown';

const COMPILED = resolve(__dirname, '../../api/dist/api/src/database');

/**
 * The database server and migrated template every journey clones, as for the integration tests.
 * From the compiled api (the e2e target builds it first): Playwright's own TypeScript transform
 * knows only standard decorators, not the legacy ones the entities are written with.
 */
export default async function setUp(): Promise<() => Promise<void>> {
  const { openDatabaseServer } = (await import(resolve(COMPILED, 'database-server.js'))) as Pick<DatabaseModules, 'openDatabaseServer'>;
  const { createDataSource } = (await import(resolve(COMPILED, 'data-source.js'))) as Pick<DatabaseModules, 'createDataSource'>;
  await prepareTestDatabases({ openDatabaseServer, createDataSource });
  return globalTeardown;
}
