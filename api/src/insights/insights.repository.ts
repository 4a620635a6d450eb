import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';

import type { InitiativeStatus, Role } from '@red-chair/domain';

export interface InsightsScope {
  spaceId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The figures of one window, as insights() answers them. */
export interface InsightsFigures {
  figures: { median_hours: number | null; within_sla: number | null; awaiting: number; awards: number };
  statuses: { status: InitiativeStatus; count: number }[];
  contributors: { role: Role; count: number }[];
  topIds: string[];
}

/** The CSV export's rows: the columns of CSV_COLUMNS, oldest first. */
const EXPORT_SQL = `SELECT i.id, s.name AS space, i.title, i.status, i.orientation, u.display_name AS author, u.role AS author_role,
                array_to_string(i.tags, ' ') AS tags, i.created_at, i.first_response_at,
                initiative_awaiting_response(i.status, i.created_at, s.response_sla_days) AS awaiting_response,
                i.vote_count AS votes, i.comment_count AS comments, i.follower_count AS followers,
                CASE WHEN i.rating_count > 0 THEN round(i.rating_sum::numeric / i.rating_count, 2) END AS rating_average,
                i.rating_count, i.needs_review,
                (SELECT count(*) FROM award_grants g WHERE g.initiative_id = i.id AND g.revoked_at IS NULL) AS awards,
                c.title AS challenge, i.merged_into_id AS merged_into
           FROM initiatives i
           JOIN spaces s ON s.id = i.space_id
           JOIN users u ON u.id = i.author_id
           LEFT JOIN challenges c ON c.id = i.challenge_id
          WHERE $1::uuid IS NULL OR i.space_id = $1
          ORDER BY i.created_at, i.id`;

/**
 * Insights for managers (docs/api.md#operations), every figure computed in SQL over the initiatives proposed
 * in the window. `$1` is the space (NULL: every space), `$2`/`$3` the window (NULL: unbounded).
 */
@Injectable()
export class InsightsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async figures(scope: InsightsScope): Promise<InsightsFigures> {
    const params = [scope.spaceId ?? null, scope.from ?? null, scope.to ?? null];
    const inScope = `($1::uuid IS NULL OR i.space_id = $1) AND ($2::timestamptz IS NULL OR i.created_at >= $2) AND ($3::timestamptz IS NULL OR i.created_at < $3)`;
    const [figures]: InsightsFigures['figures'][] = await this.db.query(
      `SELECT
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.first_response_at - i.created_at) / 3600)
            FROM initiatives i WHERE ${inScope} AND i.first_response_at IS NOT NULL) AS median_hours,
         (SELECT avg(CASE WHEN i.first_response_at IS NOT NULL
                           AND i.first_response_at <= initiative_response_due_at(i.created_at, s.response_sla_days) THEN 1.0 ELSE 0.0 END)
            FROM initiatives i JOIN spaces s ON s.id = i.space_id
           WHERE ${inScope} AND (i.first_response_at IS NOT NULL OR initiative_response_due_at(i.created_at, s.response_sla_days) <= now())) AS within_sla,
         (SELECT count(*)::int FROM initiatives i JOIN spaces s ON s.id = i.space_id
           WHERE ${inScope} AND initiative_awaiting_response(i.status, i.created_at, s.response_sla_days)) AS awaiting,
         (SELECT count(*)::int FROM award_grants g JOIN initiatives i ON i.id = g.initiative_id
           WHERE g.revoked_at IS NULL AND ($1::uuid IS NULL OR i.space_id = $1)
             AND ($2::timestamptz IS NULL OR g.granted_at >= $2) AND ($3::timestamptz IS NULL OR g.granted_at < $3)) AS awards`,
      params,
    );
    const statuses: InsightsFigures['statuses'] = await this.db.query(
      `SELECT i.status, count(*)::int AS count FROM initiatives i WHERE ${inScope} GROUP BY i.status`,
      params,
    );
    const contributors: InsightsFigures['contributors'] = await this.db.query(
      `SELECT u.role, count(DISTINCT u.id)::int AS count FROM (
         SELECT i.author_id AS user_id FROM initiatives i WHERE ${inScope}
         UNION SELECT v.user_id FROM votes v JOIN initiatives i ON i.id = v.initiative_id
          WHERE ($1::uuid IS NULL OR i.space_id = $1) AND ($2::timestamptz IS NULL OR v.created_at >= $2) AND ($3::timestamptz IS NULL OR v.created_at < $3)
         UNION SELECT c.author_id FROM comments c JOIN initiatives i ON i.id = c.initiative_id
          WHERE c.deleted_at IS NULL AND ($1::uuid IS NULL OR i.space_id = $1)
            AND ($2::timestamptz IS NULL OR c.created_at >= $2) AND ($3::timestamptz IS NULL OR c.created_at < $3)
       ) people JOIN users u ON u.id = people.user_id GROUP BY u.role`,
      params,
    );
    const top: { id: string }[] = await this.db.query(
      `SELECT i.id FROM initiatives i WHERE ${inScope} AND i.status <> 'MERGED' ORDER BY i.vote_count DESC, i.created_at DESC, i.id DESC LIMIT 5`,
      params,
    );
    return { figures, statuses, contributors, topIds: top.map((row) => row.id) };
  }

  async spaceSlug(id: string): Promise<string | null> {
    const [space]: { slug: string }[] = await this.db.query('SELECT slug FROM spaces WHERE id = $1', [id]);
    return space?.slug ?? null;
  }

  /**
   * The rows behind the insights (one space or all), streamed in batches on a connection of its own;
   * `release` gives the connection back once the stream is done.
   */
  async streamExportRows(spaceId: string | null): Promise<{ rows: NodeJS.ReadableStream; release: () => Promise<void> }> {
    const runner = this.db.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    const rows = client.query(new QueryStream(EXPORT_SQL, [spaceId], { batchSize: 500 }));
    return { rows, release: () => runner.release() };
  }
}
