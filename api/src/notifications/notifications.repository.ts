import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { idKey, Keyset, timeKey, type CursorColumns, type Page } from '../common/pagination';
import { SqlParameters } from '../common/sql';
import type { Viewer } from '../common/viewer';
import type { AddedNotification } from '../live/live-events.service';
import { personCanSeeSpaceSql, visibleSpaceSqlPositional } from '../spaces/space-visibility';
import type { NotificationKind } from './notification.entity';

export interface InitiativeEvent {
  kind: NotificationKind;
  initiativeId: string;
  actorId: string;
  status?: string | null;
  detail?: string | null;
  commentId?: string | null;
  /** Also the initiative's voters and commenters, whether they still follow it or not (IMPLEMENTED). */
  includeParticipants?: boolean;
}

/** What a notification is about (an initiative or a challenge) and the space that decides who reads it. */
const SUBJECT_JOINS = `LEFT JOIN initiatives i ON i.id = n.initiative_id
  LEFT JOIN challenges c ON c.id = n.challenge_id
  LEFT JOIN spaces s ON s.id = coalesce(i.space_id, c.space_id)`;

const COLUMNS = `n.id, n.kind, n.initiative_id, n.actor_id, n.status, n.detail, n.created_at, n.read_at,
  n.challenge_id, coalesce(i.title, c.title) AS title, a.display_name AS actor_name`;

export interface NotificationRow {
  id: string;
  challenge_id: string | null;
  kind: NotificationKind;
  initiative_id: string | null;
  actor_id: string | null;
  status: string | null;
  detail: string | null;
  created_at: Date;
  read_at: Date | null;
  title: string | null;
  actor_name: string | null;
}

/** Newest first. */
const NEWEST = new Keyset([timeKey('n.created_at'), idKey('n.id')]);

/** The viewer's notifications about what they may still see: `$1` is the viewer. */
const visibleTo = (viewer: Viewer) => `n.recipient_id = $1 AND (s.id IS NULL OR ${visibleSpaceSqlPositional('s', viewer, 1)})`;

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One notification per follower of the initiative (and per extra recipient), in the caller's
   * transaction: never to the actor, never to a deactivated account, never to someone who cannot
   * see the initiative's space.
   */
  insertForFollowers(tx: EntityManager, event: InitiativeEvent, extraRecipientIds: readonly string[]): Promise<AddedNotification[]> {
    return tx.query(
      `INSERT INTO notifications (recipient_id, kind, initiative_id, actor_id, status, detail, comment_id)
       SELECT u.id, $2, i.id, $3, $4, $5, $7
         FROM initiatives i
         JOIN spaces s ON s.id = i.space_id
         -- Not correlated with i, so PostgreSQL hashes the recipients once (10,000 followers: one pass).
         JOIN (SELECT f.user_id FROM follows f WHERE f.initiative_id = $1
               UNION SELECT unnest($6::uuid[])
               UNION SELECT v.user_id FROM votes v WHERE $8 AND v.initiative_id = $1
               UNION SELECT c.author_id FROM comments c WHERE $8 AND c.initiative_id = $1 AND c.deleted_at IS NULL) r(user_id) ON TRUE
         JOIN users u ON u.id = r.user_id
        WHERE i.id = $1 AND u.id <> $3 AND u.deactivated_at IS NULL AND ${personCanSeeSpaceSql('s', 'u')}
       RETURNING id, recipient_id`,
      [
        event.initiativeId,
        event.kind,
        event.actorId,
        event.status ?? null,
        event.detail ?? null,
        extraRecipientIds,
        event.commentId ?? null,
        event.includeParticipants ?? false,
      ],
    );
  }

  /**
   * INITIATIVE_PROPOSED to the followers of the initiative's space who asked for every new initiative,
   * in one statement whatever their number: never to the author, a deactivated account, or someone
   * who cannot see the space.
   */
  insertForNewInitiative(tx: EntityManager, initiativeId: string, actorId: string): Promise<AddedNotification[]> {
    return tx.query(
      `INSERT INTO notifications (recipient_id, kind, initiative_id, actor_id)
       SELECT u.id, 'INITIATIVE_PROPOSED', i.id, $2
         FROM initiatives i
         JOIN spaces s ON s.id = i.space_id
         JOIN space_follows sf ON sf.space_id = i.space_id AND sf.following AND sf.notify_on_new_initiatives
         JOIN users u ON u.id = sf.user_id
        WHERE i.id = $1 AND u.id <> $2 AND u.deactivated_at IS NULL AND ${personCanSeeSpaceSql('s', 'u')}
       RETURNING id, recipient_id`,
      [initiativeId, actorId],
    );
  }

  /**
   * One notification to each MANAGER member of the initiative's space, or to every manager when it
   * has none; never to the actor or a deactivated account.
   */
  insertForSpaceManagers(
    tx: EntityManager,
    event: Pick<InitiativeEvent, 'kind' | 'initiativeId' | 'actorId'>,
  ): Promise<AddedNotification[]> {
    return tx.query(
      `INSERT INTO notifications (recipient_id, kind, initiative_id, actor_id)
       SELECT u.id, $3, i.id, $2
         FROM initiatives i
         JOIN users u ON u.role = 'MANAGER' AND u.deactivated_at IS NULL AND u.id <> $2
        WHERE i.id = $1
          AND (u.id IN (SELECT m.user_id FROM space_members m WHERE m.space_id = i.space_id)
               OR NOT EXISTS (SELECT 1 FROM space_members m JOIN users mu ON mu.id = m.user_id
                               WHERE m.space_id = i.space_id AND mu.role = 'MANAGER' AND mu.deactivated_at IS NULL))
       RETURNING id, recipient_id`,
      [event.initiativeId, event.actorId, event.kind],
    );
  }

  async findForViewer(viewer: Viewer, id: string): Promise<NotificationRow | null> {
    const [row]: NotificationRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM notifications n ${SUBJECT_JOINS} LEFT JOIN users a ON a.id = n.actor_id
        WHERE n.id = $2 AND ${visibleTo(viewer)}`,
      [viewer.id, id],
    );
    return row ?? null;
  }

  async setCommentExcerpt(tx: EntityManager, commentId: string, excerpt: string | null): Promise<void> {
    await tx.query('UPDATE notifications SET detail = $2 WHERE comment_id = $1', [commentId, excerpt]);
  }

  async page(viewer: Viewer, args: { first: number; after?: string | null; unreadOnly?: boolean | null }): Promise<Page<NotificationRow>> {
    const params = new SqlParameters();
    params.add(viewer.id);
    const where = [visibleTo(viewer)];
    if (args.unreadOnly) where.push('n.read_at IS NULL');
    const from = `FROM notifications n ${SUBJECT_JOINS} LEFT JOIN users a ON a.id = n.actor_id`;
    const [{ total }]: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total ${from} WHERE ${where.join(' AND ')}`, [
      viewer.id,
    ]);
    if (args.after) where.push(NEWEST.after(args.after, params));
    const rows: (NotificationRow & CursorColumns)[] = await this.db.query(
      `SELECT ${COLUMNS}, ${NEWEST.cursorColumns} ${from} WHERE ${where.join(' AND ')}
        ORDER BY ${NEWEST.orderBy} LIMIT ${params.add(args.first + 1)}`,
      params.values,
    );
    return NEWEST.page(rows, args.first, total, (row) => row);
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const [{ count }]: { count: number }[] = await this.db.query(
      `SELECT count(*)::int AS count FROM notifications n ${SUBJECT_JOINS} WHERE ${visibleTo(viewer)} AND n.read_at IS NULL`,
      [viewer.id],
    );
    return count;
  }

  /** The given notifications (all when null) of the viewer marked read; how many changed. */
  async markRead(viewer: Viewer, ids: readonly string[] | null): Promise<number> {
    const [{ count }]: { count: number }[] = await this.db.query(
      `WITH marked AS (
         UPDATE notifications SET read_at = now()
          WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
         RETURNING 1)
       SELECT count(*)::int AS count FROM marked`,
      [viewer.id, ids],
    );
    return count;
  }
}
