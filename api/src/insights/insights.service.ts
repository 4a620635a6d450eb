import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INITIATIVE_STATUSES, ROLES, type InitiativeStatus, type Role } from '@red-chair/domain';
import { DataSource } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { InvalidInputError } from '../common/errors';
import { InitiativesRepository } from '../initiatives/initiatives.repository';
import { SpacesService } from '../spaces/spaces.service';
import type { InsightsModel } from './insights.model';

export interface InsightsScope {
  spaceId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * Insights for managers (DESIGN.md §6), every figure computed in SQL over the initiatives proposed
 * in the window. `$1` is the space (NULL: every space), `$2`/`$3` the window (NULL: unbounded).
 */
@Injectable()
export class InsightsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly spaces: SpacesService,
    private readonly initiatives: InitiativesRepository,
  ) {}

  async insights(viewer: Viewer, scope: InsightsScope): Promise<InsightsModel> {
    if (scope.from && scope.to && scope.from > scope.to) throw new InvalidInputError({ to: 'must not be before from' });
    if (scope.spaceId) await this.spaces.findVisible(viewer, { id: scope.spaceId });
    const params = [scope.spaceId ?? null, scope.from ?? null, scope.to ?? null];
    const inScope = `($1::uuid IS NULL OR i.space_id = $1) AND ($2::timestamptz IS NULL OR i.created_at >= $2) AND ($3::timestamptz IS NULL OR i.created_at < $3)`;
    const [figures]: {
      median_hours: number | null;
      within_sla: number | null;
      awaiting: number;
      awards: number;
    }[] = await this.db.query(
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
    const statuses: { status: InitiativeStatus; count: number }[] = await this.db.query(
      `SELECT i.status, count(*)::int AS count FROM initiatives i WHERE ${inScope} GROUP BY i.status`,
      params,
    );
    const contributors: { role: Role; count: number }[] = await this.db.query(
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
    const topIds: { id: string }[] = await this.db.query(
      `SELECT i.id FROM initiatives i WHERE ${inScope} AND i.status <> 'MERGED' ORDER BY i.vote_count DESC, i.created_at DESC, i.id DESC LIMIT 5`,
      params,
    );
    const topRows = new Map((await this.initiatives.findRows(viewer, topIds.map((row) => row.id))).map((row) => [row.id, row]));
    const top = topIds.flatMap((row) => topRows.get(row.id) ?? []);
    const byStatus = new Map(statuses.map((row) => [row.status, row.count]));
    const byRole = new Map(contributors.map((row) => [row.role, row.count]));
    return {
      initiativesByStatus: INITIATIVE_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
      medianHoursToFirstResponse: figures.median_hours === null ? null : Number(figures.median_hours),
      answeredWithinSlaRatio: figures.within_sla === null ? null : Number(figures.within_sla),
      awaitingResponseCount: figures.awaiting,
      contributorsByRole: ROLES.map((role) => ({ role, count: byRole.get(role) ?? 0 })),
      topInitiatives: top,
      awardsGranted: figures.awards,
    };
  }
}
