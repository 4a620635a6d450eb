import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import { AwardGrantModel } from '../awards/award.model';
import { NotFoundError } from '../common/errors';
import { IdArg } from '../common/ids';
import type { RequestContext } from '../common/request-context';
import type { Viewer } from '../common/viewer';
import type { UserEntity } from '../users/user.entity';
import { UserModel } from '../users/user.model';
import { LeaderboardArgs, LeaderboardEntry } from './leaderboard.model';
import { PeopleService } from './people.service';

@Resolver(() => UserModel)
export class PeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @Query(() => UserModel, { description: 'A person’s public profile.' })
  user(@CurrentViewer() _viewer: Viewer, @IdArg('id', 'This person') id: string): Promise<UserEntity> {
    return this.service.profile(id);
  }

  @Query(() => [LeaderboardEntry], { description: 'Recognition per space and period: implemented initiatives, awards, votes received.' })
  leaderboard(@CurrentViewer() viewer: Viewer, @Args() args: LeaderboardArgs): Promise<LeaderboardEntry[]> {
    return this.service.leaderboard(viewer, args);
  }

  @ResolveField(() => [AwardGrantModel], { description: 'Awards their initiatives hold, on initiatives the viewer may see; newest first.' })
  awards(@Parent() user: UserEntity, @Ctx() ctx: RequestContext): Promise<AwardGrantModel[]> {
    return ctx.loaders.awardsEarned.load(user.id);
  }
}

@Resolver(() => LeaderboardEntry)
export class LeaderboardEntryResolver {
  @ResolveField(() => UserModel)
  async user(@Parent() entry: LeaderboardEntry, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    const user = await ctx.loaders.users.load(entry.userId);
    if (!user) throw new NotFoundError('This person');
    return user;
  }
}
