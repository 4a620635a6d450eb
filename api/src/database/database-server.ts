import { Client } from 'pg';
import type { Logger } from 'pino';

import { startEmbeddedPostgres } from './embedded-postgres';

/** A PostgreSQL server we may create databases on: the operator's, or an embedded one we started. */
export interface DatabaseServer {
  /** URL of the server's maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  embedded: boolean;
  /** Stops the embedded server; a no-op for the operator's. */
  stop(): Promise<void>;
}

export async function openDatabaseServer(options: {
  databaseUrl: string | undefined;
  embeddedDataDir: string;
  embeddedPort?: number;
  log: Pick<Logger, 'warn' | 'info' | 'debug'>;
}): Promise<DatabaseServer> {
  if (options.databaseUrl) {
    return { adminUrl: options.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: options.embeddedDataDir, port: options.embeddedPort, log: options.log });
  return { adminUrl: embedded.url, embedded: true, stop: () => embedded.stop() };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
}

export async function createDatabaseFromTemplate(adminUrl: string, name: string, template: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`));
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}
