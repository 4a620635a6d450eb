import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';

import { Ctx, CurrentViewer } from '../auth/current-viewer.decorator';
import type { ChallengeEntity } from '../challenges/challenge.entity';
import { ChallengeModel } from '../challenges/challenge.model';
import { pageComplexity } from '../common/complexity';
import { IdsArg } from '../common/ids';
import type { Page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import type { Viewer } from '../common/viewer';
import { viewerKey, type FanOut } from '../live/fan-out';
import { LiveEventsService, notificationTopic, type NotificationEvent } from '../live/live-events.service';
import type { UserEntity } from '../users/user.entity';
import { UserModel } from '../users/user.model';
import { NotificationsArgs } from './dto/notifications.args';
import { NotificationConnection, NotificationModel } from './notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  /**
   * A person's topic: each notification is loaded once for all their sockets (once per role and
   * language they hold, normally one).
   */
  private readonly added: FanOut<NotificationEvent, NotificationModel>;

  constructor(
    private readonly service: NotificationsService,
    live: LiveEventsService,
  ) {
    this.added = live.fanOut(async (event, viewers) => {
      const found = new Map<string, NotificationModel>();
      for (const viewer of viewers) {
        const notification = await this.service.findForViewer(viewer, event.notificationId);
        if (notification) found.set(viewerKey(viewer), notification);
      }
      return found;
    });
  }

  @Query(() => NotificationConnection, { complexity: pageComplexity, description: "The viewer's notifications, newest first." })
  notifications(@CurrentViewer() viewer: Viewer, @Args() args: NotificationsArgs): Promise<Page<NotificationModel>> {
    return this.service.list(viewer, args);
  }

  @Subscription(() => NotificationModel, {
    resolve: (notification: NotificationModel) => notification,
    description: "The viewer's new notifications, live (graphql-ws on /graphql).",
  })
  notificationAdded(@CurrentViewer() viewer: Viewer): AsyncIterableIterator<NotificationModel> {
    return this.added.subscribe(notificationTopic(viewer.id), viewer);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer);
  }

  @Mutation(() => Int, { description: 'Marks these notifications read, or all of them when no ids are given; returns how many changed.' })
  markNotificationsRead(@CurrentViewer() viewer: Viewer, @IdsArg('ids') ids?: string[] | null): Promise<number> {
    return this.service.markRead(viewer, ids);
  }

  @ResolveField(() => UserModel, { nullable: true })
  actor(@Parent() notification: NotificationModel, @Ctx() ctx: RequestContext): Promise<UserEntity | null> | null {
    return notification.actorId ? ctx.loaders.users.load(notification.actorId) : null;
  }
}

/** Notification.challenge: the challenge a CHALLENGE_OPENED notice announces. */
@Resolver(() => NotificationModel)
export class NotificationChallengeResolver {
  @ResolveField(() => ChallengeModel, { nullable: true })
  challenge(@Parent() notification: NotificationModel, @Ctx() ctx: RequestContext): Promise<ChallengeEntity | null> | null {
    return notification.challengeId ? ctx.loaders.challenges.load(notification.challengeId) : null;
  }
}
