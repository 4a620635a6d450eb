import { createDataSource } from '../../api/src/database/data-source';
import { openDatabaseServer } from '../../api/src/database/database-server';
import { prepareTestDatabases } from './global-setup';

/** Jest's globalSetup, with the api's sources (ts-jest compiles their decorators). */
export default function globalSetup(): Promise<void> {
  return prepareTestDatabases({ openDatabaseServer, createDataSource });
}
