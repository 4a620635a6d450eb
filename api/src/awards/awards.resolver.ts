import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { isManager } from '@red-chair/domain';

import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import { pageComplexity } from '../common/complexity';
import { NotFoundError } from '../common/errors';
import { PageArgs, type Page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import type { Viewer } from '../common/viewer';
import { InitiativeModel } from '../initiatives/initiative.model';
import type { InitiativeRow } from '../initiatives/initiatives.repository';
import type { UserEntity } from '../users/user.entity';
import { UserModel } from '../users/user.model';
import type { AwardEntity } from './award.entity';
import { AwardGrantConnection, AwardGrantModel, AwardModel } from './award.model';
import { AwardsService } from './awards.service';
import { CreateAwardInput, GrantAwardInput, RevokeAwardGrantArgs } from './dto/award.inputs';

@Resolver(() => AwardModel)
export class AwardsResolver {
  constructor(private readonly service: AwardsService) {}

  @Query(() => [AwardModel], { description: 'The catalogue of awards, by name.' })
  awards(@CurrentViewer() _viewer: Viewer): Promise<AwardEntity[]> {
    return this.service.list();
  }

  @Roles('MANAGER', 'ADMIN')
  @Mutation(() => AwardModel, { description: 'MANAGER, ADMIN.' })
  createAward(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateAwardInput): Promise<AwardEntity> {
    return this.service.create(viewer, input);
  }

  @ResolveField(() => UserModel, { nullable: true })
  createdBy(@Parent() award: AwardModel, @Ctx() ctx: RequestContext): Promise<UserEntity | null> | null {
    return award.createdById ? ctx.loaders.users.load(award.createdById) : null;
  }
}

@Resolver(() => AwardGrantModel)
export class AwardGrantsResolver {
  constructor(private readonly service: AwardsService) {}

  @Query(() => AwardGrantConnection, {
    complexity: pageComplexity,
    description: 'Live award grants, newest first, on initiatives the viewer may see.',
  })
  hallOfFame(@CurrentViewer() viewer: Viewer, @Args() args: PageArgs): Promise<Page<AwardGrantModel>> {
    return this.service.hallOfFame(viewer, args);
  }

  @Roles('MANAGER', 'ADMIN')
  @Mutation(() => AwardGrantModel, { description: 'MANAGER, ADMIN: tells the author and followers.' })
  grantAward(@CurrentViewer() viewer: Viewer, @Args('input') input: GrantAwardInput): Promise<AwardGrantModel> {
    return this.service.grant(viewer, input);
  }

  @Roles('MANAGER', 'ADMIN')
  @Mutation(() => AwardGrantModel, {
    description: 'The granter or an ADMIN; the grant leaves the hall of fame, the reason stays in the history.',
  })
  revokeAwardGrant(@CurrentViewer() viewer: Viewer, @Args() args: RevokeAwardGrantArgs): Promise<AwardGrantModel> {
    return this.service.revoke(viewer, args.id, args.reason);
  }

  @ResolveField(() => AwardModel)
  async award(@Parent() grant: AwardGrantModel, @Ctx() ctx: RequestContext): Promise<AwardModel> {
    const award = await ctx.loaders.awards.load(grant.awardId);
    if (!award) throw new NotFoundError('This award');
    return award;
  }

  @ResolveField(() => InitiativeModel)
  async initiative(@Parent() grant: AwardGrantModel, @Ctx() ctx: RequestContext): Promise<InitiativeRow> {
    const initiative = await ctx.loaders.visibleInitiatives.load(grant.initiativeId);
    if (!initiative) throw new NotFoundError('This initiative');
    return initiative;
  }

  @ResolveField(() => UserModel)
  async grantedBy(@Parent() grant: AwardGrantModel, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    const user = await ctx.loaders.users.load(grant.grantedById);
    if (!user) throw new NotFoundError('This manager');
    return user;
  }

  @ResolveField(() => String, { nullable: true, description: 'Managers only: why it was revoked.' })
  revokeReason(@Parent() grant: AwardGrantModel, @Ctx() ctx: RequestContext): string | null {
    return ctx.viewer && isManager(ctx.viewer.role) ? grant.revokeReason : null;
  }
}

@Resolver(() => InitiativeModel)
export class InitiativeAwardsResolver {
  @ResolveField(() => [AwardGrantModel], { description: 'Awards it holds (revoked ones leave), newest first.' })
  awards(@Parent() initiative: InitiativeRow, @Ctx() ctx: RequestContext): Promise<AwardGrantModel[]> {
    return ctx.loaders.liveGrants.load(initiative.id);
  }
}
