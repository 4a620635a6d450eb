import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { QueryCounter } from '../database/query-counter';

const names = new Map<string, string>();

/** A stable name per statement text: each pooled connection prepares it once. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `rc_${createHash('sha1').update(text).digest('base64url').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A read on the hot paths (feed, initiative page) as a named prepared statement: PostgreSQL plans
 * it once per connection instead of on every request, where planning cost several times what
 * running the statement did (see bench/plans). Inside a transaction the statement goes through that
 * transaction's connection, unprepared.
 */
export async function preparedQuery<T extends QueryResultRow>(
  db: DataSource,
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  if (manager.queryRunner?.isTransactionActive) return manager.query(text, values);
  const pool = (db.driver as PostgresDriver).master as Pool;
  QueryCounter.logger.logQuery(text, values);
  const result = await pool.query<T>({ name: statementName(text), text, values });
  return result.rows;
}
