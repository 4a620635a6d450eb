import { Args, Query, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import { FilterIdArg } from '../common/ids';
import type { Viewer } from '../common/viewer';
import { InsightsModel } from './insights.model';
import { InsightsService } from './insights.service';

@Resolver(() => InsightsModel)
export class InsightsResolver {
  constructor(private readonly service: InsightsService) {}

  @Roles('MANAGER', 'ADMIN')
  @Query(() => InsightsModel, { description: 'MANAGER, ADMIN: indicators for one space or all, over a window.' })
  insights(
    @CurrentViewer() viewer: Viewer,
    @FilterIdArg('spaceId') spaceId?: string | null,
    @Args('from', { type: () => Date, nullable: true }) from?: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to?: Date | null,
  ): Promise<InsightsModel> {
    return this.service.insights(viewer, { spaceId, from, to });
  }
}
