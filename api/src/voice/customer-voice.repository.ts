import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { COMMENT_ROWS, toCommentRow, type CommentRow, type RawCommentRow } from '../comments/comments.repository';
import { idKey, Keyset, timeKey, type CursorColumns, type Page } from '../common/pagination';
import { SqlParameters } from '../common/sql';
import type { Viewer } from '../common/viewer';
import { visibleSpaceSqlPositional } from '../spaces/space-visibility';

/** Who a report is for: what they may see decides what it counts. */
export type Reader = Pick<Viewer, 'id' | 'role'>;

/** A report's spaces (one, or every space the reader sees) and its period, `from` inclusive, `to` exclusive. */
export interface VoiceScope {
  spaceId: string | null;
  from: Date;
  to: Date;
}

/** How many entries each list of the report shows. */
export const VOICE_LIST_SIZE = 10;

export interface VoiceFigures {
  proposed: number;
  answered: number;
  implemented: number;
  votes: number;
  comments: number;
  newCustomer: number;
  overdue: number;
}

export type VoiceSection = 'newCustomer' | 'supported' | 'overdue' | 'review' | 'implemented';

/** One entry of a section, in its order; `votes` only for `supported`. */
export interface VoiceEntry {
  section: VoiceSection;
  id: string;
  votes: number | null;
  n: number;
}

/** The moment and the note of an initiative's move to IMPLEMENTED. */
export interface Implementation {
  initiativeId: string;
  at: Date;
  note: string | null;
}

/**
 * `$1` is the reader, `$2` the space (NULL: all), `$3`/`$4` the period. `s` is the initiative's space:
 * the reader must see it, so nothing of a hidden space counts.
 */
const IN_SCOPE = (reader: Reader) => `${visibleSpaceSqlPositional('s', reader, 1)} AND ($2::uuid IS NULL OR s.id = $2)`;
const IN_PERIOD = (column: string) => `${column} >= $3 AND ${column} < $4`;
const SCOPED_INITIATIVES = 'initiatives i JOIN spaces s ON s.id = i.space_id';

/** The customer voice (docs/api.md#the-red-chair): every figure and list in SQL, three statements whatever the data. */
@Injectable()
export class CustomerVoiceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private params(reader: Reader, scope: VoiceScope): unknown[] {
    return [reader.id, scope.spaceId, scope.from, scope.to];
  }

  async figures(reader: Reader, scope: VoiceScope): Promise<VoiceFigures> {
    const where = IN_SCOPE(reader);
    const [figures]: VoiceFigures[] = await this.db.query(
      `SELECT
         (SELECT count(*)::int FROM ${SCOPED_INITIATIVES} WHERE ${where} AND ${IN_PERIOD('i.created_at')}) AS proposed,
         (SELECT count(*)::int FROM ${SCOPED_INITIATIVES} WHERE ${where} AND ${IN_PERIOD('i.first_response_at')}) AS answered,
         (SELECT count(DISTINCT sc.initiative_id)::int FROM status_changes sc JOIN ${SCOPED_INITIATIVES} ON i.id = sc.initiative_id
           WHERE ${where} AND sc.to_status = 'IMPLEMENTED' AND i.status = 'IMPLEMENTED' AND ${IN_PERIOD('sc.at')}) AS implemented,
         (SELECT count(*)::int FROM votes v JOIN ${SCOPED_INITIATIVES} ON i.id = v.initiative_id
           WHERE ${where} AND ${IN_PERIOD('v.created_at')}) AS votes,
         (SELECT count(*)::int FROM comments c JOIN ${SCOPED_INITIATIVES} ON i.id = c.initiative_id
           WHERE ${where} AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND ${IN_PERIOD('c.created_at')}) AS comments,
         (SELECT count(*)::int FROM ${SCOPED_INITIATIVES}
           WHERE ${where} AND ${IN_PERIOD('i.created_at')} AND i.status <> 'MERGED' AND (i.orientation = 'CUSTOMER' OR s.kind = 'COMMUNITY')) AS "newCustomer",
         (SELECT count(*)::int FROM ${SCOPED_INITIATIVES}
           WHERE ${where} AND initiative_awaiting_response(i.status, i.created_at, s.response_sla_days)) AS overdue`,
      this.params(reader, scope),
    );
    return figures;
  }

  /** Every list of the report in one statement: each branch ranks its rows (`n`) and keeps the first VOICE_LIST_SIZE. */
  async sections(reader: Reader, scope: VoiceScope): Promise<VoiceEntry[]> {
    const where = IN_SCOPE(reader);
    const branch = (section: VoiceSection, votes: string, order: string, from: string, condition: string, groupBy = '') =>
      `(SELECT '${section}' AS section, i.id, ${votes} AS votes, row_number() OVER (ORDER BY ${order})::int AS n
          FROM ${from} WHERE ${where} AND ${condition} ${groupBy} ORDER BY n LIMIT ${VOICE_LIST_SIZE})`;
    return this.db.query(
      [
        branch(
          'newCustomer',
          'NULL::int',
          'i.created_at DESC, i.id DESC',
          SCOPED_INITIATIVES,
          `${IN_PERIOD('i.created_at')} AND i.status <> 'MERGED' AND (i.orientation = 'CUSTOMER' OR s.kind = 'COMMUNITY')`,
        ),
        branch(
          'supported',
          'count(*)::int',
          'count(*) DESC, i.vote_count DESC, i.id DESC',
          `votes v JOIN ${SCOPED_INITIATIVES} ON i.id = v.initiative_id`,
          `${IN_PERIOD('v.created_at')} AND i.status <> 'MERGED'`,
          'GROUP BY i.id',
        ),
        branch(
          'overdue',
          'NULL::int',
          'initiative_response_due_at(i.created_at, s.response_sla_days), i.id',
          SCOPED_INITIATIVES,
          'initiative_awaiting_response(i.status, i.created_at, s.response_sla_days)',
        ),
        branch(
          'review',
          'NULL::int',
          'i.rating_sum::double precision / nullif(i.rating_count, 0) NULLS LAST, i.rating_count DESC, i.id',
          SCOPED_INITIATIVES,
          `i.needs_review AND i.status <> 'MERGED'`,
        ),
        branch(
          'implemented',
          'NULL::int',
          'max(sc.at) DESC, i.id DESC',
          `status_changes sc JOIN ${SCOPED_INITIATIVES} ON i.id = sc.initiative_id`,
          `sc.to_status = 'IMPLEMENTED' AND i.status = 'IMPLEMENTED' AND ${IN_PERIOD('sc.at')}`,
          'GROUP BY i.id',
        ),
      ].join(' UNION ALL '),
      this.params(reader, scope),
    );
  }

  /** The latest comments by customers in the period that anyone who sees their space may read. */
  async customerQuotes(reader: Reader, scope: VoiceScope): Promise<CommentRow[]> {
    const rows: RawCommentRow[] = await this.db.query(
      `${COMMENT_ROWS} JOIN ${SCOPED_INITIATIVES} ON i.id = c.initiative_id
        WHERE ${IN_SCOPE(reader)} AND a.role = 'CUSTOMER' AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND ${IN_PERIOD('c.created_at')}
        ORDER BY c.created_at DESC, c.id DESC LIMIT ${VOICE_LIST_SIZE}`,
      this.params(reader, scope),
    );
    return rows.map(toCommentRow);
  }

  /**
   * One page of a space's IMPLEMENTED initiatives (never MERGED: that status is final), most recently
   * implemented first, with their total, in one statement. An initiative implemented before status
   * changes were recorded counts from its proposal.
   */
  async implementedPage(spaceId: string, first: number, after: string | null | undefined): Promise<Page<string>> {
    const params = new SqlParameters();
    const space = params.add(spaceId);
    const keyset = new Keyset([timeKey('impl.implemented_at'), idKey('impl.id')]);
    const rows: (CursorColumns & { id: string | null; total: number })[] = await this.db.query(
      `WITH impl AS (
         SELECT i.id, coalesce((SELECT max(sc.at) FROM status_changes sc WHERE sc.initiative_id = i.id AND sc.to_status = 'IMPLEMENTED'),
                               i.created_at) AS implemented_at
           FROM initiatives i WHERE i.space_id = ${space} AND i.status = 'IMPLEMENTED'),
       page AS (SELECT impl.id, ${keyset.cursorColumns}, row_number() OVER (ORDER BY ${keyset.orderBy}) AS ord FROM impl
                 ${after ? `WHERE ${keyset.after(after, params)}` : ''} ORDER BY ${keyset.orderBy} LIMIT ${first + 1})
       SELECT (SELECT count(*)::int FROM impl) AS total, page.* FROM (SELECT 1) one LEFT JOIN page ON true ORDER BY page.ord`,
      params.values,
    );
    const found = rows.filter((row): row is typeof row & { id: string } => row.id !== null);
    return keyset.page(found, first, rows[0]?.total ?? 0, (row) => row.id);
  }

  /** The move to IMPLEMENTED of each of these initiatives (the latest, should there be several). */
  implementations(initiativeIds: readonly string[]): Promise<Implementation[]> {
    return this.db.query(
      `SELECT DISTINCT ON (sc.initiative_id) sc.initiative_id AS "initiativeId", sc.at, sc.note
         FROM status_changes sc WHERE sc.initiative_id = ANY($1::uuid[]) AND sc.to_status = 'IMPLEMENTED'
        ORDER BY sc.initiative_id, sc.at DESC`,
      [initiativeIds],
    );
  }
}
