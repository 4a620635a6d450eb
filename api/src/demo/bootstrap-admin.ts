import type { DataSource } from 'typeorm';

import { hashPassword } from '../auth/passwords';

/** BOOTSTRAP_ADMIN_*: creates that ADMIN when no account has the email; never changes an existing one. */
export async function bootstrapAdmin(db: DataSource, admin: { email: string; password: string }): Promise<boolean> {
  const passwordHash = await hashPassword(admin.password);
  const rows: { id: string }[] = await db.query(
    `INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, $2, 'ADMIN', $3)
     ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
    [admin.email, 'Administrator', passwordHash],
  );
  return rows.length > 0;
}
