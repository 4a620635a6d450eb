import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx } from '../auth/current-viewer.decorator';
import { NotFoundError } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import type { UserEntity } from '../users/user.entity';
import { UserModel } from '../users/user.model';
import { StatusChangeModel } from './status-change.model';

@Resolver(() => StatusChangeModel)
export class StatusChangeResolver {
  @ResolveField(() => UserModel, { description: 'The manager who answered.' })
  async by(@Parent() change: StatusChangeModel, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    const user = await ctx.loaders.users.load(change.byId);
    if (!user) throw new NotFoundError('This person');
    return user;
  }
}
