import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { isManager, type EmailFrequency, type Role } from '@red-chair/domain';

import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import { EmailFrequencyEnum, RoleEnum } from '../common/enums';
import { IdArg } from '../common/ids';
import type { Page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import type { Viewer } from '../common/viewer';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UsersArgs } from './dto/users.args';
import type { UserEntity } from './user.entity';
import { UserConnection, UserModel } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in person.' })
  me(@CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return ctx.loaders.users.load(viewer.id);
  }

  @Roles('ADMIN')
  @Query(() => UserConnection, { description: 'ADMIN: the directory of accounts.' })
  users(@Args() args: UsersArgs): Promise<Page<UserEntity>> {
    return this.service.list(args);
  }

  @Mutation(() => UserModel, { description: 'The signed-in person changes their display name, language, mail frequency or time zone.' })
  updateProfile(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateProfileInput): Promise<UserEntity> {
    return this.service.updateProfile(viewer, input);
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel, { description: 'ADMIN: creates an account with any role.' })
  createUser(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateUserInput): Promise<UserEntity> {
    return this.service.createUser(viewer, input);
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel, { description: 'ADMIN: gives another role; never demotes the last active ADMIN (BAD_USER_INPUT).' })
  changeUserRole(
    @CurrentViewer() viewer: Viewer,
    @IdArg('id', 'This user') id: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
  ): Promise<UserEntity> {
    return this.service.changeRole(viewer, id, role);
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel, { description: 'ADMIN: lets a deactivated person sign in again.' })
  reactivateUser(@CurrentViewer() viewer: Viewer, @IdArg('id', 'This user') id: string): Promise<UserEntity> {
    return this.service.reactivateUser(viewer, id);
  }

  @Roles('ADMIN')
  @Mutation(() => UserModel, { description: 'ADMIN: blocks sign-in and revokes every session at once.' })
  deactivateUser(@CurrentViewer() viewer: Viewer, @IdArg('id', 'This user') id: string): Promise<UserEntity> {
    return this.service.deactivateUser(viewer, id);
  }

  /** Emails are personal: the person themself, managers and admins see them. */
  @ResolveField(() => String, { nullable: true })
  email(@Parent() user: UserEntity, @Ctx() ctx: RequestContext): string | null {
    return canSeePersonalData(ctx.viewer, user) ? user.email : null;
  }

  @ResolveField(() => Date, { nullable: true })
  deactivatedAt(@Parent() user: UserEntity, @Ctx() ctx: RequestContext): Date | null {
    return canSeePersonalData(ctx.viewer, user) ? user.deactivatedAt : null;
  }

  @ResolveField(() => EmailFrequencyEnum, { nullable: true })
  emailFrequency(@Parent() user: UserEntity, @Ctx() ctx: RequestContext): EmailFrequency | null {
    return canSeeMailSettings(ctx.viewer, user) ? user.emailFrequency : null;
  }

  @ResolveField(() => String, { nullable: true })
  timeZone(@Parent() user: UserEntity, @Ctx() ctx: RequestContext): string | null {
    return canSeeMailSettings(ctx.viewer, user) ? user.timeZone : null;
  }
}

/** Mail settings: the person themself and admins. */
function canSeeMailSettings(viewer: Viewer | null, user: UserEntity): boolean {
  return viewer !== null && (viewer.id === user.id || viewer.role === 'ADMIN');
}

function canSeePersonalData(viewer: Viewer | null, user: UserEntity): boolean {
  return viewer !== null && (viewer.id === user.id || isManager(viewer.role));
}
