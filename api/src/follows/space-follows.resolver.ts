import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import { IdArg } from '../common/ids';
import type { RequestContext } from '../common/request-context';
import type { Viewer } from '../common/viewer';
import type { SpaceEntity } from '../spaces/space.entity';
import { SpaceModel } from '../spaces/space.model';
import { SpaceFollowsService } from './space-follows.service';

@Resolver(() => SpaceModel)
export class SpaceFollowsResolver {
  constructor(private readonly follows: SpaceFollowsService) {}

  @Mutation(() => SpaceModel, {
    description:
      'Hear about the challenges of a space (and, with notifyOnNewInitiatives, every new initiative). Following again updates the choice.',
  })
  followSpace(
    @CurrentViewer() viewer: Viewer,
    @IdArg('spaceId', 'This space') spaceId: string,
    @Args('notifyOnNewInitiatives', { type: () => Boolean, nullable: true, defaultValue: false }) notifyOnNewInitiatives: boolean,
  ): Promise<SpaceEntity> {
    return this.follows.setFollowing(viewer, spaceId, true, notifyOnNewInitiatives);
  }

  @Mutation(() => SpaceModel, { description: 'Stops following a space; voting or commenting in it later does not follow it again.' })
  unfollowSpace(@CurrentViewer() viewer: Viewer, @IdArg('spaceId', 'This space') spaceId: string): Promise<SpaceEntity> {
    return this.follows.setFollowing(viewer, spaceId, false);
  }

  @ResolveField(() => Boolean, { description: 'Members, proposers, voters and commenters follow automatically until they unfollow.' })
  async viewerIsFollowing(@Parent() space: SpaceEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await ctx.loaders.viewerSpaceFollows.load(space.id)).following;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer chose to hear about every new initiative of this space.' })
  async viewerNotifiesOnNewInitiatives(@Parent() space: SpaceEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await ctx.loaders.viewerSpaceFollows.load(space.id)).notify_on_new_initiatives;
  }
}
