import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { InvalidInputError } from '../common/errors';
import type { Page } from '../common/pagination';
import type { Viewer } from '../common/viewer';
import { JobQueue } from '../jobs/job-queue';
import { LiveEventsService, type AddedNotification } from '../live/live-events.service';
import type { NotificationsArgs } from './dto/notifications.args';
import { notificationMessage } from './notification-messages';
import type { NotificationModel } from './notification.model';
import { NotificationsRepository, type InitiativeEvent, type NotificationRow } from './notifications.repository';

/** The queue of notification mail runs (worked by NotificationMailJob), kicked after each commit that tells someone. */
export const NOTIFICATION_MAIL_QUEUE = 'notification-mail';

@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly live: LiveEventsService,
    private readonly jobs: JobQueue,
  ) {}

  /** Live once the transaction commits, and a mail run queued (see NotificationMailJob). */
  private told(tx: EntityManager, added: AddedNotification[]): number {
    this.live.notificationsAdded(tx, added);
    if (added.length) this.jobs.kickAfterCommit(tx, NOTIFICATION_MAIL_QUEUE);
    return added.length;
  }

  /** Tells the followers of an initiative (and `extraRecipientIds`) in the caller's transaction, and live once it commits. */
  async notifyFollowers(tx: EntityManager, event: InitiativeEvent, extraRecipientIds: string[] = []): Promise<number> {
    const added = await this.notifications.insertForFollowers(tx, event, extraRecipientIds);
    return this.told(tx, added);
  }

  /** INITIATIVE_PROPOSED to the space's followers who chose it, in the proposal's transaction. */
  async notifyNewInitiative(tx: EntityManager, initiativeId: string, actorId: string): Promise<number> {
    const added = await this.notifications.insertForNewInitiative(tx, initiativeId, actorId);
    return this.told(tx, added);
  }

  /** Tells the managers of the initiative's space (see insertForSpaceManagers), live once it commits. */
  async notifySpaceManagers(tx: EntityManager, event: Pick<InitiativeEvent, 'kind' | 'initiativeId' | 'actorId'>): Promise<number> {
    const added = await this.notifications.insertForSpaceManagers(tx, event);
    return this.told(tx, added);
  }

  /** One notification of the viewer's, when they may still see what it is about (subscriptions). */
  async findForViewer(viewer: Viewer, id: string): Promise<NotificationModel | null> {
    const row = await this.notifications.findForViewer(viewer, id);
    return row ? toModel(row, viewer) : null;
  }

  /** A comment hidden or deleted leaves the notifications that quoted it (its words, not the fact). */
  setCommentExcerpt(tx: EntityManager, commentId: string, excerpt: string | null): Promise<void> {
    return this.notifications.setCommentExcerpt(tx, commentId, excerpt);
  }

  /** The viewer's notifications about what they may still see, newest first. */
  async list(viewer: Viewer, args: NotificationsArgs): Promise<Page<NotificationModel>> {
    const page = await this.notifications.page(viewer, args);
    return { ...page, nodes: page.nodes.map((row) => toModel(row, viewer)) };
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.notifications.unreadCount(viewer);
  }

  /** Marks the given notifications (or all) of the viewer read; returns how many changed. */
  markRead(viewer: Viewer, ids: string[] | null | undefined): Promise<number> {
    if (ids && ids.length > 500) throw new InvalidInputError({ ids: 'at most 500 at a time' });
    return this.notifications.markRead(viewer, ids ?? null);
  }
}

/** The message is written in the reader's language when it is read, from what the row recorded. */
function toModel(row: NotificationRow, viewer: Viewer): NotificationModel {
  return {
    id: row.id,
    kind: row.kind,
    initiativeId: row.initiative_id,
    challengeId: row.challenge_id,
    actorId: row.actor_id,
    createdAt: row.created_at,
    readAt: row.read_at,
    message: notificationMessage(
      { kind: row.kind, actor: row.actor_name, title: row.title, status: row.status, detail: row.detail },
      viewer.locale,
    ),
  };
}
