import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { idKey, Keyset, textKey, type CursorColumns, type Page } from '../common/pagination';
import { SqlParameters } from '../common/sql';
import type { UsersArgs } from './dto/users.args';
import type { UserEntity } from './user.entity';

/**
 * A user's columns (never the password hash) under a prefix, for a query that joins the people it
 * shows; `userFromRow` reads them back from a row. The query then primes the users loader, so the
 * people of a page cost no statement of their own.
 */
export const userColumns = (alias: string, prefix: string): string =>
  `${alias}.id AS "${prefix}id", ${alias}.email AS "${prefix}email", ${alias}.display_name AS "${prefix}displayName", ${alias}.role AS "${prefix}role",
   ${alias}.locale AS "${prefix}locale", ${alias}.created_at AS "${prefix}createdAt", ${alias}.deactivated_at AS "${prefix}deactivatedAt",
   ${alias}.email_frequency AS "${prefix}emailFrequency", ${alias}.time_zone AS "${prefix}timeZone"`;

const USER_FIELDS = ['id', 'email', 'displayName', 'role', 'locale', 'createdAt', 'deactivatedAt', 'emailFrequency', 'timeZone'] as const;

export function userFromRow(row: Record<string, unknown>, prefix: string): UserEntity {
  const user: Record<string, unknown> = {};
  for (const field of USER_FIELDS) user[field] = row[`${prefix}${field}`];
  return user as unknown as UserEntity;
}

/** The directory's order: by name, case-insensitively, then id. */
const BY_NAME = new Keyset([textKey('lower(u.display_name)'), idKey('u.id')], 'ASC');

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A deactivated person's sessions end with it (sign-in needs this module, so not through auth's). */
  async revokeSessions(tx: EntityManager, userId: string): Promise<void> {
    await tx.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  }

  /** Removes the person from every internal space; the slugs they left. */
  async leaveInternalSpaces(tx: EntityManager, userId: string): Promise<string[]> {
    const rows = (await tx.query(
      `DELETE FROM space_members m USING spaces s WHERE m.space_id = s.id AND m.user_id = $1 AND s.kind = 'INTERNAL' RETURNING s.slug`,
      [userId],
    )) as [{ slug: string }[], number];
    return rows[0].map((row) => row.slug);
  }

  /** A page of the directory, optionally narrowed to a role and to names or emails starting with `search` (or a later word of the name). */
  async page(args: UsersArgs): Promise<Page<UserEntity>> {
    const params = new SqlParameters();
    const where: string[] = [];
    const search = args.search?.trim();
    if (search) {
      const pattern = `${search.replace(/[\\%_]/g, (c) => `\\${c}`).toLowerCase()}%`;
      const starts = params.add(pattern);
      where.push(
        `(lower(u.display_name) LIKE ${starts} OR lower(u.email) LIKE ${starts} OR lower(u.display_name) LIKE ${params.add(`% ${pattern}`)})`,
      );
    }
    if (args.role) where.push(`u.role = ${params.add(args.role)}`);
    const [{ total }]: { total: number }[] = await this.db.query(
      `SELECT count(*)::int AS total FROM users u ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      [...params.values],
    );
    if (args.after) where.push(BY_NAME.after(args.after, params));
    const rows: (Record<string, unknown> & CursorColumns)[] = await this.db.query(
      `SELECT ${userColumns('u', '')}, ${BY_NAME.cursorColumns} FROM users u ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${BY_NAME.orderBy} LIMIT ${params.add(args.first + 1)}`,
      params.values,
    );
    return BY_NAME.page(rows, args.first, total, (row) => userFromRow(row, ''));
  }
}
