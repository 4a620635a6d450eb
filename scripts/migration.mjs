#!/usr/bin/env node
// Migrations: generate | run | revert | check.
// Works on DATABASE_URL when set, otherwise on an embedded PostgreSQL (.data/postgres for run/revert,
// the same server as `npm start`; a scratch database on .data/postgres-tools for generate/check).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import * as prettier from 'prettier';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const [command, name] = process.argv.slice(2);
const say = (line) => process.stdout.write(`${line}\n`);
const die = (line) => {
  process.stderr.write(`migration: ${line}\n`);
  process.exit(1);
};

if (!['generate', 'run', 'revert', 'check'].includes(command ?? '')) {
  die('usage: npm run migration:generate -- <Name> | migration:run | migration:revert | migration:check');
}
if (command === 'generate' && !/^[A-Z][A-Za-z0-9]+$/.test(name ?? ''))
  die('give the migration a PascalCase name: npm run migration:generate -- AddVotes');

/** Written files look as `npm run format` would leave them, so `format:check` passes on what this writes. */
async function formatted(file, text) {
  const options = await prettier.resolveConfig(file);
  return prettier.format(text, { ...options, filepath: file });
}

/** migrations/index.ts, rebuilt from the files: every migration, oldest first. */
function migrationIndex() {
  const files = readdirSync(join(root, 'migrations'))
    .filter((file) => /^\d{13}-[A-Za-z0-9]+\.ts$/.test(file))
    .sort();
  const classes = files.map((file) => {
    const [, stamp, className] = /^(\d{13})-([A-Za-z0-9]+)\.ts$/.exec(file);
    return { file: file.replace(/\.ts$/, ''), symbol: `${className}${stamp}` };
  });
  return [
    "import type { MigrationInterface } from 'typeorm';",
    ...classes.map((c) => `import { ${c.symbol} } from './${c.file}';`),
    '',
    '/**',
    ' * Every migration, oldest first. `npm run migration:generate -- <Name>` writes a new file and adds',
    ' * it here; `npm run migration:check` fails when a file is missing from this list or when the',
    ' * entities need a migration nobody wrote.',
    ' */',
    `export const MIGRATIONS: (new () => MigrationInterface)[] = [${classes.length ? `\n${classes.map((c) => `  ${c.symbol},`).join('\n')}\n` : ''}];`,
    '',
  ].join('\n');
}

function build() {
  say('building the api…');
  const result = spawnSync(join(root, 'node_modules/.bin/nx'), ['run', 'api:build', '--outputStyle=static'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
  });
  if (result.status !== 0) die('the api does not build; fix the errors above');
}

const dist = (path) => require(join(root, 'api/dist/api/src', path));

async function withServer(dataDir, work) {
  const { openDatabaseServer } = dist('database/database-server.js');
  const quiet = { warn: (o, m) => say(m ?? String(o)), info: () => {}, debug: () => {} };
  const server = await openDatabaseServer({ databaseUrl: process.env.DATABASE_URL, embeddedDataDir: join(root, dataDir), log: quiet });
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

/** A scratch database, migrated to the latest migration, for comparing with the entities. */
async function withScratchDatabase(work) {
  const { withDatabase, ensureDatabase, dropDatabase } = dist('database/database-server.js');
  const { createDataSource } = dist('database/data-source.js');
  return withServer('.data/postgres-tools', async (server) => {
    const scratch = `red_chair_migrations_${process.pid}`;
    await dropDatabase(server.adminUrl, scratch);
    await ensureDatabase(server.adminUrl, scratch);
    const dataSource = createDataSource(withDatabase(server.adminUrl, scratch));
    try {
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      return await work(dataSource);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await dropDatabase(server.adminUrl, scratch);
    }
  });
}

async function pendingSchemaChanges(dataSource) {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return { up: log.upQueries, down: log.downQueries };
}

const sqlLiteral = (query) => `\`${query.query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
const params = (query) => (query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : '');

function migrationSource(className, up, down) {
  const lines = (queries) => queries.map((q) => `    await queryRunner.query(${sqlLiteral(q)}${params(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines([...down].reverse())}
  }
}
`;
}

build();
if (command === 'generate') {
  const changes = await withScratchDatabase(pendingSchemaChanges);
  if (!changes.up.length) {
    say('the entities match the migrations: nothing to generate');
  } else {
    const stamp = Date.now();
    const file = join(root, 'migrations', `${stamp}-${name}.ts`);
    writeFileSync(file, await formatted(file, migrationSource(`${name}${stamp}`, changes.up, changes.down)));
    writeFileSync(join(root, 'migrations/index.ts'), await formatted(join(root, 'migrations/index.ts'), migrationIndex()));
    say(`wrote ${file} (${changes.up.length} statements) and listed it in migrations/index.ts; read it, then run npm run migration:check`);
  }
} else if (command === 'check') {
  const expectedIndex = await formatted(join(root, 'migrations/index.ts'), migrationIndex());
  if (readFileSync(join(root, 'migrations/index.ts'), 'utf8') !== expectedIndex) {
    die('migrations/index.ts does not list every file in migrations/ in order; run npm run migration:generate or fix the list');
  }
  const changes = await withScratchDatabase(pendingSchemaChanges);
  if (changes.up.length) {
    die(
      `the entities need a migration nobody wrote:\n${changes.up.map((q) => `  ${q.query}`).join('\n')}\nrun: npm run migration:generate -- <Name>`,
    );
  }
  say('migrations: every entity change has its migration');
} else {
  const { createDataSource } = dist('database/data-source.js');
  const { withDatabase, ensureDatabase } = dist('database/database-server.js');
  await withServer('.data/postgres', async (server) => {
    const url = server.embedded ? withDatabase(server.adminUrl, 'red_chair') : server.adminUrl;
    if (server.embedded) await ensureDatabase(server.adminUrl, 'red_chair');
    const dataSource = createDataSource(url);
    await dataSource.initialize();
    try {
      if (command === 'run') {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        say(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'already up to date');
      } else {
        await dataSource.undoLastMigration({ transaction: 'each' });
        say('reverted the last migration');
      }
    } finally {
      await dataSource.destroy();
    }
  });
}
process.exit(0);
