import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx } from '../auth/current-viewer.decorator';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { ChallengeModel } from '../challenges/challenge.model';
import type { RequestContext } from '../common/request-context';
import { NotificationModel } from '../notifications/notification.model';
import { InitiativeModel } from './initiative.model';
import type { InitiativeRow } from './initiatives.repository';

/** Initiative.challenge: initiatives answer challenges, so the link lives on this side. */
@Resolver(() => InitiativeModel)
export class InitiativeChallengeResolver {
  @ResolveField(() => ChallengeModel, { nullable: true, description: 'The challenge it answers, if any.' })
  challenge(@Parent() initiative: InitiativeRow, @Ctx() ctx: RequestContext): Promise<ChallengeEntity | null> | null {
    return initiative.challengeId ? ctx.loaders.challenges.load(initiative.challengeId) : null;
  }
}

/** Notification.initiative: notifications know nothing of initiatives; initiatives tell people. */
@Resolver(() => NotificationModel)
export class NotificationInitiativeResolver {
  @ResolveField(() => InitiativeModel, { nullable: true })
  initiative(@Parent() notification: NotificationModel, @Ctx() ctx: RequestContext): Promise<InitiativeRow | null> | null {
    return notification.initiativeId ? ctx.loaders.visibleInitiatives.load(notification.initiativeId) : null;
  }
}
