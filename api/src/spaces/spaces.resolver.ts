import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { isManager } from '@red-chair/domain';

import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import { IdArg } from '../common/ids';
import type { RequestContext } from '../common/request-context';
import type { Viewer } from '../common/viewer';
import type { UserEntity } from '../users/user.entity';
import { UserModel } from '../users/user.model';
import { CreateSpaceInput } from './dto/create-space.input';
import { SpaceLookupArgs, SpaceLookupPipe } from './dto/space-lookup.args';
import { UpdateSpaceInput } from './dto/update-space.input';
import type { SpaceEntity } from './space.entity';
import { SpaceModel } from './space.model';
import { SpacesService } from './spaces.service';

@Resolver(() => SpaceModel)
export class SpacesResolver {
  constructor(private readonly service: SpacesService) {}

  @Query(() => [SpaceModel], { description: 'The spaces the viewer may see.' })
  spaces(@CurrentViewer() viewer: Viewer): Promise<SpaceEntity[]> {
    return this.service.listVisible(viewer);
  }

  @Query(() => SpaceModel, { nullable: true, description: 'By id or by slug; NOT_FOUND when hidden.' })
  space(@CurrentViewer() viewer: Viewer, @Args(new SpaceLookupPipe()) by: SpaceLookupArgs): Promise<SpaceEntity> {
    return this.service.findVisible(viewer, by);
  }

  @Roles('ADMIN')
  @Mutation(() => SpaceModel, { description: 'ADMIN.' })
  createSpace(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateSpaceInput): Promise<SpaceEntity> {
    return this.service.create(viewer, input);
  }

  @Roles('ADMIN')
  @Mutation(() => SpaceModel, { description: 'ADMIN: changes the settings given; `kind` never changes (BAD_USER_INPUT).' })
  updateSpace(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSpaceInput): Promise<SpaceEntity> {
    return this.service.update(viewer, input);
  }

  @Roles('MANAGER', 'ADMIN')
  @Mutation(() => SpaceModel, { description: 'MANAGER, ADMIN. Adding a member twice changes nothing.' })
  addSpaceMember(
    @CurrentViewer() viewer: Viewer,
    @IdArg('spaceId', 'This space') spaceId: string,
    @IdArg('userId', 'This user') userId: string,
  ): Promise<SpaceEntity> {
    return this.service.addMember(viewer, spaceId, userId);
  }

  @Roles('MANAGER', 'ADMIN')
  @Mutation(() => SpaceModel, { description: 'MANAGER, ADMIN.' })
  removeSpaceMember(
    @CurrentViewer() viewer: Viewer,
    @IdArg('spaceId', 'This space') spaceId: string,
    @IdArg('userId', 'This user') userId: string,
  ): Promise<SpaceEntity> {
    return this.service.removeMember(viewer, spaceId, userId);
  }

  /**
   * Managers and admins see every member list; in an invite-only space its members see each other
   * (a small club knows who is in it). Anyone else gets null.
   */
  @ResolveField(() => [UserModel], { nullable: true })
  async members(@Parent() space: SpaceEntity, @Ctx() ctx: RequestContext): Promise<UserEntity[] | null> {
    const viewer = ctx.viewer;
    if (!viewer) return null;
    const allowed = isManager(viewer.role) || (space.access === 'INVITE_ONLY' && (await ctx.loaders.viewerMemberships.load(space.id)));
    if (!allowed) return null;
    const ids = await ctx.loaders.memberIds.load(space.id);
    const users = await ctx.loaders.users.loadMany(ids);
    return users.filter((user): user is UserEntity => user !== null && !(user instanceof Error));
  }

  @ResolveField(() => Int)
  memberCount(@Parent() space: SpaceEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.memberCounts.load(space.id);
  }

  @ResolveField(() => Int, {
    description: 'People who proposed, voted or commented here: who takes part in an OPEN space, where anyone may.',
  })
  participantCount(@Parent() space: SpaceEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.participantCounts.load(space.id);
  }

  @ResolveField(() => Boolean)
  viewerIsMember(@Parent() space: SpaceEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.loaders.viewerMemberships.load(space.id);
  }
}
