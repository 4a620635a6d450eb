import 'reflect-metadata';

import { SingleBar } from 'cli-progress';
import pino from 'pino';

import { loadConfig } from '../config/config';
import { describeConnectionError } from '../database/connection-errors';
import { createDataSource } from '../database/data-source';
import { ensureDatabase, openDatabaseServer, withDatabase } from '../database/database-server';
import { parseSeedArgs, SEED_PASSWORD, seedEmail, SeedUsageError, type SeedOptions } from './seed-data';
import { seedDatabase, SeedRefusedError, type SeedProgress } from './seed-loader';

/** The database `npm start` uses when DATABASE_URL is unset (see main.ts). */
const EMBEDDED_DATABASE = 'red_chair';

/** A bar on a terminal; elsewhere (CI, a log file) a plain line every tenth of the way. */
function progressReporter(): SeedProgress {
  let total = 0;
  let done = 0;
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      stream: process.stderr,
      format: 'seed [{bar}] {percentage}% | {value}/{total} rows | {stage} | {duration}s',
      hideCursor: true,
    });
    return {
      start: (rows) => bar.start((total = rows), 0, { stage: 'starting' }),
      advance: (rows, stage) => bar.update((done += rows), { stage }),
      stage: (stage) => bar.update(done, { stage }),
      stop: () => bar.stop(),
    };
  }
  let reported = -1;
  const started = Date.now();
  const line = (stage: string) =>
    process.stderr.write(`seed: ${stage}, ${done}/${total} rows, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return {
    start: (rows) => void (total = rows),
    advance: (rows, stage) => {
      done += rows;
      const tenth = Math.floor((10 * done) / Math.max(total, 1));
      if (tenth > reported) line(stage);
      reported = Math.max(reported, tenth);
    },
    stage: line,
    stop: () => undefined,
  };
}

async function main(): Promise<void> {
  let options: SeedOptions;
  try {
    options = parseSeedArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof SeedUsageError)) throw error;
    process.stderr.write(
      `seed: ${error.message}\nusage: npm run seed -- [--initiatives N] [--users N] [--votes N] [--comments N] [--force]\n`,
    );
    process.exit(2);
  }
  const config = loadConfig();
  const log = pino({ level: 'warn' });
  const server = await openDatabaseServer({ databaseUrl: config.databaseUrl, embeddedDataDir: config.embeddedDataDir, log });
  const url = server.embedded ? withDatabase(server.adminUrl, EMBEDDED_DATABASE) : server.adminUrl;
  try {
    if (server.embedded) await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
    // The app's own migrations, as `npm start` runs them; the HTTP server never starts.
    const dataSource = createDataSource(url);
    try {
      await dataSource.initialize();
    } catch (error) {
      throw new Error(describeConnectionError(error, url));
    }
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
    const started = Date.now();
    const report = await seedDatabase(url, options, progressReporter());
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const lines = [
      `seeded ${server.embedded ? `the embedded database (${config.embeddedDataDir})` : 'DATABASE_URL'} in ${seconds} s:`,
      `  ${Object.entries(report.rows)
        .map(([table, n]) => `${table} ${n}`)
        .join(', ')}`,
      `  spaces: ${report.spaces.map((s) => `${s.slug} (${s.name})`).join(', ')}`,
      `  people: ${seedEmail(report.firstUser)} … ${seedEmail(report.lastUser)}, password ${SEED_PASSWORD} (${seedEmail(report.firstUser)} is an EMPLOYEE)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!(error instanceof SeedRefusedError) && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
