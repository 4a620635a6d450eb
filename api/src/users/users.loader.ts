import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { UserEntity } from './user.entity';

export type UserLoader = DataLoader<string, UserEntity | null>;

declare module '../common/request-context' {
  interface Loaders {
    users: UserLoader;
  }
}

/** Users by id, batched per request: a page of 50 initiatives loads its authors in one statement. */
export function createUserLoader(db: DataSource): UserLoader {
  return new DataLoader(async (ids) => {
    const rows = await db.getRepository(UserEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * A user's columns (never the password hash) under a prefix, for a query that joins the people it
 * shows; `userFromRow` reads them back from a row. The query then primes the users loader, so the
 * people of a page cost no statement of their own.
 */
export const userColumns = (alias: string, prefix: string): string =>
  `${alias}.id AS "${prefix}id", ${alias}.email AS "${prefix}email", ${alias}.display_name AS "${prefix}displayName", ${alias}.role AS "${prefix}role",
   ${alias}.locale AS "${prefix}locale", ${alias}.created_at AS "${prefix}createdAt", ${alias}.deactivated_at AS "${prefix}deactivatedAt"`;

const USER_FIELDS = ['id', 'email', 'displayName', 'role', 'locale', 'createdAt', 'deactivatedAt'] as const;

export function userFromRow(row: Record<string, unknown>, prefix: string): UserEntity {
  const user: Record<string, unknown> = {};
  for (const field of USER_FIELDS) user[field] = row[`${prefix}${field}`];
  return user as unknown as UserEntity;
}
