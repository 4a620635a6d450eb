import { createDataSource } from '../../api/src/database/data-source';
import { openDatabaseServer } from '../../api/src/database/database-server';
import { prepareTestDatabases } from './global-setup';
import { probeRedis, REDIS_STATE_ENV } from './redis';

/** Jest's globalSetup, with the api's sources (ts-jest compiles their decorators), and whether Redis answers. */
export default async function globalSetup(): Promise<void> {
  await prepareTestDatabases({ openDatabaseServer, createDataSource });
  const redis = await probeRedis();
  process.env[REDIS_STATE_ENV] = redis;
  // Jest lists nothing of a wholly skipped file: say it here.
  if (redis !== 'up') process.stderr.write(`\nthe Redis fan-out test is skipped: ${redis}\n`);
}
