import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { isEmployee, type Locale, type Role, type SpaceKind } from '@red-chair/domain';

import { AuditLog } from '../audit/audit-log.service';
import { PasswordResetService } from '../auth/password-reset.service';
import type { Viewer } from '../common/viewer';
import { parseImportCsv, type ImportRow } from './user-import.csv';
import type { UserImportReport } from './user-import.report';

/** No password can match it: imported people choose theirs through the WELCOME link. */
const NO_PASSWORD_YET = '!imported';

interface Existing {
  id: string;
  emailLower: string;
  role: Role;
  deactivated: boolean;
  spaceIds: string[];
}

/** What a valid line does to the database. */
interface Plan {
  creates: (ImportRow & { spaceIds: string[] })[];
  roleChanges: { id: string; role: Role }[];
  joins: { userId: string; spaceId: string }[];
  updated: number;
  unchanged: number;
  errors: UserImportReport['errors'];
}

/**
 * Bulk import of people from a CSV: every line is checked against the database, then (unless a dry
 * run) every valid line is applied in one transaction with set-based statements (unnest), so 10,000
 * people cost a handful of statements, not 10,000 round trips.
 */
@Injectable()
export class UserImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwordLinks: PasswordResetService,
    private readonly audit: AuditLog,
  ) {}

  async import(viewer: Viewer, csv: string, dryRun: boolean): Promise<UserImportReport> {
    const parsed = parseImportCsv(csv);
    return this.db.transaction(async (tx) => {
      const plan = await this.plan(tx, parsed.rows);
      const errors = [...parsed.errors, ...plan.errors].sort((a, b) => a.line - b.line);
      const report = { created: plan.creates.length, updated: plan.updated, unchanged: plan.unchanged, errors };
      if (dryRun) return report;
      await this.apply(tx, viewer, plan);
      await this.audit.record(
        tx,
        viewer,
        'USERS_IMPORTED',
        { type: 'USER', id: null },
        { created: report.created, updated: report.updated, unchanged: report.unchanged, refused: errors.length },
      );
      return report;
    });
  }

  private async plan(tx: EntityManager, rows: ImportRow[]): Promise<Plan> {
    const slugs = [...new Set(rows.flatMap((row) => row.spaceSlugs))];
    const spaces = (await tx.query(`SELECT id, slug, kind FROM spaces WHERE slug = ANY($1::text[])`, [slugs])) as {
      id: string;
      slug: string;
      kind: SpaceKind;
    }[];
    const spaceBySlug = new Map(spaces.map((space) => [space.slug, space]));
    // Locked: a concurrent import or role change waits, so the last-admin rule holds.
    const existing = (await tx.query(
      `SELECT u.id, lower(u.email) AS "emailLower", u.role, u.deactivated_at IS NOT NULL AS deactivated,
              coalesce((SELECT array_agg(m.space_id) FROM space_members m WHERE m.user_id = u.id), '{}') AS "spaceIds"
         FROM users u WHERE lower(u.email) = ANY($1::text[]) OR (u.role = 'ADMIN' AND u.deactivated_at IS NULL)
        ORDER BY u.id FOR UPDATE OF u`,
      [rows.map((row) => row.emailLower)],
    )) as Existing[];
    const byEmail = new Map(existing.map((account) => [account.emailLower, account]));

    const plan: Plan = { creates: [], roleChanges: [], joins: [], updated: 0, unchanged: 0, errors: [] };
    const valid: { row: ImportRow; account: Existing | undefined; spaceIds: string[] }[] = [];
    for (const row of rows) {
      const unknown = row.spaceSlugs.filter((slug) => !spaceBySlug.has(slug));
      if (unknown.length) {
        plan.errors.push({ line: row.line, message: `spaces: no space has the slug ${unknown.join(', ')}` });
        continue;
      }
      const internal = row.spaceSlugs.filter((slug) => spaceBySlug.get(slug)?.kind === 'INTERNAL');
      if (!isEmployee(row.role) && internal.length) {
        plan.errors.push({ line: row.line, message: `spaces: customers cannot join internal spaces (${internal.join(', ')})` });
        continue;
      }
      const account = byEmail.get(row.emailLower);
      if (account?.deactivated) {
        plan.errors.push({ line: row.line, message: `email: the account of ${row.email} is deactivated; reactivate it first` });
        continue;
      }
      valid.push({ row, account, spaceIds: row.spaceSlugs.map((slug) => (spaceBySlug.get(slug) as { id: string }).id) });
    }

    // The company keeps at least one active admin, whatever the file says.
    const demoted = new Set(
      valid.filter(({ row, account }) => account?.role === 'ADMIN' && row.role !== 'ADMIN').map(({ account }) => account?.id),
    );
    const adminsLeft = existing.filter((account) => account.role === 'ADMIN' && !account.deactivated && !demoted.has(account.id)).length;
    const promoted = valid.some(({ row, account }) => row.role === 'ADMIN' && !account?.deactivated);

    for (const { row, account, spaceIds } of valid) {
      if (!account) {
        plan.creates.push({ ...row, spaceIds });
        continue;
      }
      if (demoted.has(account.id) && adminsLeft === 0 && !promoted) {
        plan.errors.push({ line: row.line, message: 'role: the last active admin must stay an admin' });
        continue;
      }
      const joins = spaceIds.filter((spaceId) => !account.spaceIds.includes(spaceId));
      if (row.role !== account.role) plan.roleChanges.push({ id: account.id, role: row.role });
      for (const spaceId of joins) plan.joins.push({ userId: account.id, spaceId });
      if (row.role !== account.role || joins.length) plan.updated += 1;
      else plan.unchanged += 1;
    }
    return plan;
  }

  private async apply(tx: EntityManager, viewer: Viewer, plan: Plan): Promise<void> {
    const created = (await tx.query(
      `INSERT INTO users (email, display_name, role, locale, password_hash)
       SELECT email, display_name, role, $4, $5 FROM unnest($1::text[], $2::text[], $3::text[]) AS n(email, display_name, role)
       RETURNING id, email, display_name AS "displayName", locale`,
      [
        plan.creates.map((row) => row.email),
        plan.creates.map((row) => row.displayName),
        plan.creates.map((row) => row.role),
        viewer.locale,
        NO_PASSWORD_YET,
      ],
    )) as { id: string; email: string; displayName: string; locale: Locale }[];
    const idByEmail = new Map(created.map((user) => [user.email.toLowerCase(), user.id]));
    const joins = [
      ...plan.joins,
      ...plan.creates.flatMap((row) => row.spaceIds.map((spaceId) => ({ userId: idByEmail.get(row.emailLower) as string, spaceId }))),
    ];

    if (plan.roleChanges.length) {
      await tx.query(`UPDATE users u SET role = c.role FROM unnest($1::uuid[], $2::text[]) AS c(id, role) WHERE u.id = c.id`, [
        plan.roleChanges.map((change) => change.id),
        plan.roleChanges.map((change) => change.role),
      ]);
      // As with changeUserRole: a customer never sees internal spaces, so leaves them.
      await tx.query(
        `DELETE FROM space_members m USING spaces s, users u
          WHERE m.space_id = s.id AND s.kind = 'INTERNAL' AND m.user_id = u.id AND u.role = 'CUSTOMER' AND u.id = ANY($1::uuid[])`,
        [plan.roleChanges.map((change) => change.id)],
      );
    }
    if (joins.length) {
      await tx.query(
        `INSERT INTO space_members (space_id, user_id, added_by_id) SELECT space_id, user_id, $3 FROM unnest($1::uuid[], $2::uuid[]) AS j(space_id, user_id)
         ON CONFLICT DO NOTHING`,
        [joins.map((join) => join.spaceId), joins.map((join) => join.userId), viewer.id],
      );
    }
    await this.passwordLinks.issueLinks(tx, created, 'WELCOME');
  }
}
