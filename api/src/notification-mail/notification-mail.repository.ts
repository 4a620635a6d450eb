import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { DIGEST_HOUR, type EmailFrequency, type Locale } from '@red-chair/domain';

import type { NotificationKind } from '../notifications/notification.entity';
import { personCanSeeSpaceSql } from '../spaces/space-visibility';

/** A notification as a mail tells it, with its reader and what it is about. */
export interface MailableNotification {
  id: string;
  kind: NotificationKind;
  recipient_id: string;
  email: string;
  locale: Locale;
  recipient_name: string;
  email_frequency: EmailFrequency;
  unsubscribe_version: number;
  time_zone: string;
  initiative_id: string | null;
  challenge_id: string | null;
  comment_id: string | null;
  status: string | null;
  detail: string | null;
  created_at: Date;
  title: string | null;
  actor_name: string | null;
  space_name: string;
  /** The reader still follows the initiative (else they are told as one who voted or commented). */
  follows_initiative: boolean;
}

/** The hour digests leave, in the reader's zone; `$1` is the clock's now. */
const DIGEST_SLOT = `((CASE WHEN u.email_frequency = 'DAILY'
                           THEN date_trunc('day', ($1::timestamptz AT TIME ZONE u.time_zone) - interval '${DIGEST_HOUR} hours')
                           ELSE date_trunc('week', ($1::timestamptz AT TIME ZONE u.time_zone) - interval '${DIGEST_HOUR} hours') END
                      + interval '${DIGEST_HOUR} hours') AT TIME ZONE u.time_zone)`;

/**
 * The SQL of notification mail. Every claim marks rows in the caller's transaction, with
 * SKIP LOCKED, so two instances never take the same row and a rolled-back run leaves it for the next.
 */
@Injectable()
export class NotificationMailRepository {
  /**
   * Up to `limit` notifications nobody dealt with yet, of readers who are not waiting for a digest
   * (INSTANT, and NEVER or deactivated ones, which are only marked), marked mailed at `now`.
   * (Statements that modify are wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count].)
   */
  async claimInstant(tx: EntityManager, now: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `WITH batch AS (
         SELECT n.id FROM notifications n JOIN users u ON u.id = n.recipient_id
          WHERE n.mailed_at IS NULL AND (u.email_frequency IN ('INSTANT', 'NEVER') OR u.deactivated_at IS NOT NULL)
          ORDER BY n.created_at, n.id
          LIMIT $2
          FOR UPDATE OF n SKIP LOCKED),
       marked AS (UPDATE notifications n SET mailed_at = $1 FROM batch WHERE n.id = batch.id RETURNING n.id)
       SELECT id FROM marked`,
      [now, limit],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Up to `limit` DAILY or WEEKLY readers whose morning has come since their last digest, locked and
   * moved on to `now` (whether or not they get a mail), with their waiting notifications claimed.
   */
  async claimDueDigests(tx: EntityManager, now: Date, limit: number): Promise<{ readers: number; notificationIds: string[] }> {
    const [row]: { readers: number; ids: string[] | null }[] = await tx.query(
      `WITH due AS (
         SELECT u.id FROM users u
          WHERE u.email_frequency IN ('DAILY', 'WEEKLY') AND u.deactivated_at IS NULL
            AND (u.last_digest_at IS NULL OR u.last_digest_at < ${DIGEST_SLOT})
          ORDER BY u.id
          LIMIT $2
          FOR UPDATE OF u SKIP LOCKED),
       moved AS (UPDATE users SET last_digest_at = $1 FROM due WHERE users.id = due.id RETURNING users.id),
       claimed AS (
         UPDATE notifications n SET mailed_at = $1
          WHERE n.recipient_id IN (SELECT id FROM moved) AND n.mailed_at IS NULL
         RETURNING n.id)
       SELECT (SELECT count(*)::int FROM moved) AS readers, (SELECT array_agg(id) FROM claimed) AS ids`,
      [now, limit],
    );
    return { readers: row.readers, notificationIds: row.ids ?? [] };
  }

  /**
   * Of the claimed notifications, those to mail now: the reader has `frequencies`, is active, did not
   * act themself, and may still see the space of what it is about.
   */
  mailable(tx: EntityManager, ids: readonly string[], frequencies: readonly EmailFrequency[]): Promise<MailableNotification[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return tx.query(
      `SELECT n.id, n.kind, n.recipient_id, u.email, u.locale, u.display_name AS recipient_name, u.email_frequency,
              u.unsubscribe_version, u.time_zone, n.initiative_id, n.challenge_id, n.comment_id, n.status, n.detail, n.created_at,
              coalesce(i.title, c.title) AS title, a.display_name AS actor_name, s.name AS space_name,
              EXISTS (SELECT 1 FROM follows f WHERE f.initiative_id = n.initiative_id AND f.user_id = u.id) AS follows_initiative
         FROM notifications n
         JOIN users u ON u.id = n.recipient_id
         LEFT JOIN initiatives i ON i.id = n.initiative_id
         LEFT JOIN challenges c ON c.id = n.challenge_id
         JOIN spaces s ON s.id = coalesce(i.space_id, c.space_id)
         LEFT JOIN users a ON a.id = n.actor_id
        WHERE n.id = ANY($1::uuid[]) AND u.email_frequency = ANY($2::text[]) AND u.deactivated_at IS NULL
          AND n.actor_id IS DISTINCT FROM u.id AND ${personCanSeeSpaceSql('s', 'u')}
        ORDER BY u.id, n.created_at, n.id`,
      [ids, frequencies],
    );
  }

  /** The one-click unsubscribe: NEVER for the person, if the link names their current choice. */
  async unsubscribe(tx: EntityManager, userId: string, version: number): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `WITH changed AS (UPDATE users SET email_frequency = 'NEVER' WHERE id = $1 AND unsubscribe_version = $2 RETURNING id)
       SELECT id FROM changed`,
      [userId, version],
    );
    return rows.length > 0;
  }
}
