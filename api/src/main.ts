import 'reflect-metadata';

import pino from 'pino';

import { createApp } from './app.factory';
import { LOG_SERIALIZERS } from './common/log-serializers';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { describeConnectionError } from './database/connection-errors';
import { createDataSource } from './database/data-source';
import { ensureDatabase, openDatabaseServer, withDatabase, type DatabaseServer } from './database/database-server';
import { bootstrapAdmin } from './demo/bootstrap-admin';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoData } from './demo/demo-data';

const EMBEDDED_DATABASE = 'red_chair';

/** One line for the operator: what is wrong and how to fix it (the stack goes to the debug log). */
function fail(message: string, error?: unknown): never {
  process.stderr.write(`red-chair: ${message}\n`);
  if (error && process.env.LOG_LEVEL === 'debug') console.error(error);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const log = pino({ level: config.logLevel, base: { service: 'red-chair' }, serializers: LOG_SERIALIZERS });

  let server: DatabaseServer;
  try {
    server = await openDatabaseServer({ databaseUrl: config.databaseUrl, embeddedDataDir: config.embeddedDataDir, log });
  } catch (error) {
    fail(error instanceof Error ? error.message : 'the embedded PostgreSQL did not start', error);
  }

  const url = server.embedded ? withDatabase(server.adminUrl, EMBEDDED_DATABASE) : server.adminUrl;
  const dataSource = createDataSource(url);
  try {
    if (server.embedded) await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
    await dataSource.initialize();
  } catch (error) {
    await server.stop();
    fail(describeConnectionError(error, url), error);
  }

  const migrations = await dataSource.runMigrations({ transaction: 'each' });
  if (migrations.length) log.info({ migrations: migrations.map((m) => m.name) }, 'migrations applied');
  if (config.bootstrapAdmin && (await bootstrapAdmin(dataSource, config.bootstrapAdmin))) {
    log.warn({ email: config.bootstrapAdmin.email }, 'bootstrap admin created');
  }
  const demoLoaded = config.demoData ? await loadDemoData(dataSource) : false;

  const app = await createApp(config, dataSource, log);
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    await app.close().catch(() => undefined);
    await server.stop();
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      fail(
        `port ${config.port} is already in use: stop the program using it, or start with another port, e.g. PORT=${config.port + 1} npm start`,
      );
    }
    fail(`could not listen on port ${config.port}: ${(error as Error).message}`, error);
  }

  const lines = [``, `  Red Chair is running at http://localhost:${config.port}`];
  lines.push(`  database: ${server.embedded ? `embedded PostgreSQL in ${config.embeddedDataDir}` : 'DATABASE_URL'}`);
  lines.push(
    config.mail.smtpUrl
      ? `  mail: sent through ${new URL(config.mail.smtpUrl).host}, links to ${config.publicUrl}`
      : `  mail: not sent (no SMTP_URL); admins read what would have gone out at ${config.publicUrl}/admin/outbox`,
  );
  if (config.demoData) {
    lines.push(`  demo accounts${demoLoaded ? ' (just created)' : ''}, password ${DEMO_PASSWORD}:`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.role.padEnd(9)} ${account.email}`);
  }
  lines.push(`  Ctrl-C stops the server${server.embedded ? ' and the embedded database' : ''}.`, '');
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    // New connections are refused at once (app.close stops listening); requests in flight get 10 s to finish.
    setTimeout(() => app.getHttpServer().closeAllConnections(), 10_000).unref();
    await app.close().catch((error: unknown) => log.error({ err: error }, 'error while closing the app'));
    await server.stop().catch((error: unknown) => log.error({ err: error }, 'error while stopping the embedded database'));
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), error));
