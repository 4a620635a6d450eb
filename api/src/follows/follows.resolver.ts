import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../graphql/request-context';
import type { InitiativeEntity } from '../initiatives/initiative.entity';
import { InitiativeModel } from '../initiatives/initiative.model';
import { FollowsService } from './follows.service';

@Resolver(() => InitiativeModel)
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Mutation(() => InitiativeModel, { description: 'Hear about every answer, comment and award. Following twice is a no-op.' })
  followInitiative(@CurrentViewer() viewer: Viewer, @Args('initiativeId', { type: () => ID }) initiativeId: string): Promise<InitiativeEntity> {
    return this.follows.setFollowing(viewer, initiativeId, true);
  }

  @Mutation(() => InitiativeModel)
  unfollowInitiative(@CurrentViewer() viewer: Viewer, @Args('initiativeId', { type: () => ID }) initiativeId: string): Promise<InitiativeEntity> {
    return this.follows.setFollowing(viewer, initiativeId, false);
  }

  @ResolveField(() => Boolean)
  viewerIsFollowing(@Parent() initiative: InitiativeEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.loaders.viewerFollows.load(initiative.id);
  }
}
