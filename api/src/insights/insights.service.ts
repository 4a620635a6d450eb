import { Injectable } from '@nestjs/common';

import { INITIATIVE_STATUSES, ROLES } from '@red-chair/domain';

import { InvalidInputError } from '../common/errors';
import type { Viewer } from '../common/viewer';
import { InitiativesRepository } from '../initiatives/initiatives.repository';
import { SpacesService } from '../spaces/spaces.service';
import type { InsightsModel } from './insights.model';
import { InsightsRepository, type InsightsScope } from './insights.repository';

/** Insights for managers (docs/api.md#operations): the figures of a window, in one space or all, with its top initiatives as the viewer sees them. */
@Injectable()
export class InsightsService {
  constructor(
    private readonly insightsRepo: InsightsRepository,
    private readonly spaces: SpacesService,
    private readonly initiatives: InitiativesRepository,
  ) {}

  async insights(viewer: Viewer, scope: InsightsScope): Promise<InsightsModel> {
    if (scope.from && scope.to && scope.from > scope.to) throw new InvalidInputError({ to: 'must not be before from' });
    if (scope.spaceId) await this.spaces.findVisible(viewer, { id: scope.spaceId });
    const { figures, statuses, contributors, topIds } = await this.insightsRepo.figures(scope);
    const topRows = new Map((await this.initiatives.findRows(viewer, topIds)).map((row) => [row.id, row]));
    const top = topIds.flatMap((id) => topRows.get(id) ?? []);
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
