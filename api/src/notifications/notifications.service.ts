import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { LiveEventsService } from '../live/live-events.service';
import { InvalidInputError } from '../common/errors';
import { decodeCursor, toPage, type Page } from '../common/pagination';
import { personCanSeeSpaceSql, visibleSpaceSqlPositional } from '../spaces/space-visibility';
import type { NotificationKind } from './notification.entity';
import { notificationMessage } from './notification-messages';
import type { NotificationModel } from './notification.model';
import type { NotificationsArgs } from './dto/notifications.args';

export interface InitiativeEvent {
  kind: NotificationKind;
  initiativeId: string;
  actorId: string;
  status?: string | null;
  detail?: string | null;
  commentId?: string | null;
}

/** What a notification is about (an initiative or a challenge) and the space that decides who reads it. */
const SUBJECT_JOINS = `LEFT JOIN initiatives i ON i.id = n.initiative_id
  LEFT JOIN challenges c ON c.id = n.challenge_id
  LEFT JOIN spaces s ON s.id = coalesce(i.space_id, c.space_id)`;

const COLUMNS = `n.id, n.kind, n.initiative_id, n.actor_id, n.status, n.detail, n.created_at, n.read_at,
  n.challenge_id, coalesce(i.title, c.title) AS title, a.display_name AS actor_name,
  to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;

interface NotificationRow {
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
  cursor_at: string;
}

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly live: LiveEventsService,
  ) {}

  /**
   * One notification per follower of the initiative, in the caller's transaction: never to the
   * actor, never to a deactivated account, never to someone who cannot see the initiative's space.
   */
  async notifyFollowers(tx: EntityManager, event: InitiativeEvent, extraRecipientIds: string[] = []): Promise<number> {
    const rows: { id: string; recipient_id: string }[] = await tx.query(
      `INSERT INTO notifications (recipient_id, kind, initiative_id, actor_id, status, detail, comment_id)
       SELECT u.id, $2, i.id, $3, $4, $5, $7
         FROM initiatives i
         JOIN spaces s ON s.id = i.space_id
         JOIN users u ON u.id IN (SELECT f.user_id FROM follows f WHERE f.initiative_id = i.id UNION SELECT unnest($6::uuid[]))
        WHERE i.id = $1 AND u.id <> $3 AND u.deactivated_at IS NULL AND ${personCanSeeSpaceSql('s', 'u')}
       RETURNING id, recipient_id`,
      [event.initiativeId, event.kind, event.actorId, event.status ?? null, event.detail ?? null, extraRecipientIds, event.commentId ?? null],
    );
    this.live.notificationsAdded(tx, rows);
    return rows.length;
  }

  /** One notification of the viewer's, when they may still see what it is about (subscriptions). */
  async findForViewer(viewer: Viewer, id: string): Promise<NotificationModel | null> {
    const [row]: NotificationRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM notifications n ${SUBJECT_JOINS} LEFT JOIN users a ON a.id = n.actor_id
        WHERE n.id = $2 AND n.recipient_id = $1 AND (s.id IS NULL OR ${visibleSpaceSqlPositional('s', viewer, 1)})`,
      [viewer.id, id],
    );
    return row ? this.toModel(row, viewer) : null;
  }

  /** A comment hidden or deleted leaves the notifications that quoted it (its words, not the fact). */
  async setCommentExcerpt(tx: EntityManager, commentId: string, excerpt: string | null): Promise<void> {
    await tx.query('UPDATE notifications SET detail = $2 WHERE comment_id = $1', [commentId, excerpt]);
  }

  /** The viewer's notifications about what they may still see, newest first. */
  async list(viewer: Viewer, args: NotificationsArgs): Promise<Page<NotificationModel>> {
    const where = [`n.recipient_id = $1`, `(s.id IS NULL OR ${visibleSpaceSqlPositional('s', viewer, 1)})`];
    if (args.unreadOnly) where.push('n.read_at IS NULL');
    const from = `FROM notifications n ${SUBJECT_JOINS} LEFT JOIN users a ON a.id = n.actor_id`;
    const [{ total }]: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total ${from} WHERE ${where.join(' AND ')}`, [viewer.id]);
    const params: unknown[] = [viewer.id];
    if (args.after) {
      const [at, id] = decodeCursor(args.after, ['string', 'string']);
      params.push(at, id);
      where.push('(n.created_at, n.id) < ($2::timestamptz, $3::uuid)');
    }
    params.push(args.first + 1);
    const rows: NotificationRow[] = await this.db.query(
      `SELECT ${COLUMNS} ${from} WHERE ${where.join(' AND ')}
        ORDER BY n.created_at DESC, n.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = toPage(rows, args.first, total, (row) => [row.cursor_at, row.id]);
    return { ...page, nodes: page.nodes.map((row) => this.toModel(row, viewer)) };
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const [{ count }]: { count: number }[] = await this.db.query(
      `SELECT count(*)::int AS count FROM notifications n ${SUBJECT_JOINS}
        WHERE n.recipient_id = $1 AND n.read_at IS NULL AND (s.id IS NULL OR ${visibleSpaceSqlPositional('s', viewer, 1)})`,
      [viewer.id],
    );
    return count;
  }

  /** Marks the given notifications (or all) of the viewer read; returns how many changed. */
  async markRead(viewer: Viewer, ids: string[] | null | undefined): Promise<number> {
    if (ids && ids.length > 500) throw new InvalidInputError({ ids: 'at most 500 at a time' });
    const [{ count }]: { count: number }[] = await this.db.query(
      `WITH marked AS (
         UPDATE notifications SET read_at = now()
          WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
         RETURNING 1)
       SELECT count(*)::int AS count FROM marked`,
      [viewer.id, ids ?? null],
    );
    return count;
  }

  private toModel(row: NotificationRow, viewer: Viewer): NotificationModel {
    return {
      id: row.id,
      kind: row.kind,
      initiativeId: row.initiative_id,
      challengeId: row.challenge_id,
      actorId: row.actor_id,
      createdAt: row.created_at,
      readAt: row.read_at,
      message: notificationMessage({ kind: row.kind, actor: row.actor_name, title: row.title, status: row.status, detail: row.detail }, viewer.locale),
    };
  }
}
