import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import { Public } from '../auth/public.decorator';
import { Roles } from '../auth/roles.decorator';
import { IdArg } from '../common/ids';
import type { RequestContext } from '../common/request-context';
import type { Viewer } from '../common/viewer';
import type { SpaceEntity } from '../spaces/space.entity';
import { SpaceModel } from '../spaces/space.model';
import type { UserEntity } from '../users/user.entity';
import { UserModel } from '../users/user.model';
import { AcceptInvitationArgs, InviteToSpaceEmailsArgs } from './dto/invite-to-space.args';
import { InvitationLinkModel } from './invitation-link.model';
import { InvitationModel } from './invitation.model';
import { InvitationsService } from './invitations.service';

@Resolver(() => InvitationModel)
export class InvitationsResolver {
  constructor(private readonly service: InvitationsService) {}

  @Roles('MANAGER', 'ADMIN')
  @Query(() => [InvitationModel], { description: 'MANAGER, ADMIN: the pending invitations of a space, newest first.' })
  invitations(@CurrentViewer() viewer: Viewer, @IdArg('spaceId', 'This space') spaceId: string): Promise<InvitationModel[]> {
    return this.service.pending(viewer, spaceId);
  }

  @Roles('MANAGER', 'ADMIN')
  @Mutation(() => [InvitationModel], {
    description: 'MANAGER, ADMIN: mails each address a link to join; internal spaces take employee accounts only.',
  })
  inviteToSpace(
    @CurrentViewer() viewer: Viewer,
    @IdArg('spaceId', 'This space') spaceId: string,
    @Args() { emails }: InviteToSpaceEmailsArgs,
  ): Promise<InvitationModel[]> {
    return this.service.invite(viewer, spaceId, emails);
  }

  @Roles('MANAGER', 'ADMIN')
  @Mutation(() => InvitationModel, { description: 'MANAGER, ADMIN: the link stops working.' })
  revokeInvitation(@CurrentViewer() viewer: Viewer, @IdArg('id', 'This invitation') id: string): Promise<InvitationModel> {
    return this.service.revoke(viewer, id);
  }

  @Public()
  @Query(() => InvitationLinkModel, {
    nullable: true,
    description: 'Anyone holding a mailed link: its space, address and state; null when the token is not one.',
  })
  invitation(@Args() { token }: AcceptInvitationArgs): Promise<InvitationLinkModel | null> {
    return this.service.link(token);
  }

  @Mutation(() => SpaceModel, { description: 'The signed-in person joins with their link; the invitation must name their email.' })
  acceptInvitation(@CurrentViewer() viewer: Viewer, @Args() { token }: AcceptInvitationArgs): Promise<SpaceEntity> {
    return this.service.accept(viewer, token);
  }

  @ResolveField(() => SpaceModel)
  async space(@Parent() invitation: InvitationModel, @Ctx() ctx: RequestContext): Promise<SpaceEntity | null> {
    return ctx.loaders.visibleSpaces.load(invitation.spaceId);
  }

  @ResolveField(() => UserModel)
  async invitedBy(@Parent() invitation: InvitationModel, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return ctx.loaders.users.load(invitation.invitedById);
  }
}
