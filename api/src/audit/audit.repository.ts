import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { idKey, Keyset, timeKey, type CursorColumns, type Page } from '../common/pagination';
import { SqlParameters } from '../common/sql';
import type { AuditEntryModel } from './audit-entry.model';

const NEWEST = new Keyset([timeKey('a.at'), idKey('a.id')]);

export type AuditRow = Omit<AuditEntryModel, 'actor'>;

/** An entry's target by its current name, read by primary key in the page's own statement. */
const TARGET_NAME = `CASE a.target_type
  WHEN 'USER' THEN (SELECT t.display_name FROM users t WHERE t.id = a.target_id)
  WHEN 'SPACE' THEN (SELECT t.name FROM spaces t WHERE t.id = a.target_id)
  WHEN 'INVITATION' THEN (SELECT t.email FROM invitations t WHERE t.id = a.target_id)
  WHEN 'INITIATIVE' THEN (SELECT t.title FROM initiatives t WHERE t.id = a.target_id)
  WHEN 'COMMENT' THEN (SELECT i.title FROM comments t JOIN initiatives i ON i.id = t.initiative_id WHERE t.id = a.target_id)
  WHEN 'AWARD' THEN (SELECT t.name FROM awards t WHERE t.id = a.target_id)
  WHEN 'AWARD_GRANT' THEN (SELECT i.title FROM award_grants t JOIN initiatives i ON i.id = t.initiative_id WHERE t.id = a.target_id)
  WHEN 'CHALLENGE' THEN (SELECT t.title FROM challenges t WHERE t.id = a.target_id)
END`;

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Newest first, narrowed by actor and action; two statements whatever the page size. */
  async page(
    filter: { actorId?: string | null; action?: string | null },
    first: number,
    after: string | null | undefined,
  ): Promise<Page<AuditRow>> {
    const params = new SqlParameters();
    const conditions: string[] = [];
    if (filter.actorId) conditions.push(`a.actor_id = ${params.add(filter.actorId)}`);
    if (filter.action) conditions.push(`a.action = ${params.add(filter.action)}`);
    const filtered = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ n: totalCount }] = (await this.db.query(`SELECT count(*)::int AS n FROM audit_entries a ${filtered}`, params.values)) as {
      n: number;
    }[];
    if (after) conditions.push(NEWEST.after(after, params));
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows = (await this.db.query(
      `SELECT a.id, a.actor_id AS "actorId", a.action, a.target_type AS "targetType", a.target_id AS "targetId", a.details::text AS details,
              a.at, host(a.ip) AS ip, ${TARGET_NAME} AS "targetName", ${NEWEST.cursorColumns}
         FROM audit_entries a ${where}
        ORDER BY ${NEWEST.orderBy} LIMIT ${params.add(first + 1)}`,
      params.values,
    )) as (AuditRow & CursorColumns)[];
    return NEWEST.page(rows, first, totalCount, (row) => row);
  }
}
