import { Mutation, Resolver } from '@nestjs/graphql';

import { CurrentViewer } from '../auth/current-viewer.decorator';
import { IdArg } from '../common/ids';
import type { Viewer } from '../common/viewer';
import { InitiativeModel } from '../initiatives/initiative.model';
import type { InitiativeRow } from '../initiatives/initiatives.repository';
import { FollowsService } from './follows.service';

@Resolver(() => InitiativeModel)
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Mutation(() => InitiativeModel, { description: 'Hear about every answer, comment and award. Following twice is a no-op.' })
  followInitiative(
    @CurrentViewer() viewer: Viewer,
    @IdArg('initiativeId', 'This initiative') initiativeId: string,
  ): Promise<InitiativeRow> {
    return this.follows.setFollowing(viewer, initiativeId, true);
  }

  @Mutation(() => InitiativeModel)
  unfollowInitiative(
    @CurrentViewer() viewer: Viewer,
    @IdArg('initiativeId', 'This initiative') initiativeId: string,
  ): Promise<InitiativeRow> {
    return this.follows.setFollowing(viewer, initiativeId, false);
  }
}
