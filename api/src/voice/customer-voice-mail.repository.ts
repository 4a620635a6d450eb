import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { DIGEST_HOUR, type Locale, type Role } from '@red-chair/domain';

/** A manager the Monday mail goes to. */
export interface VoiceMailReader {
  id: string;
  role: Role;
  email: string;
  locale: Locale;
  time_zone: string;
  unsubscribe_version: number;
}

/** This week's Monday at 08:00 in the reader's zone; `$1` is the clock's now. */
const MONDAY_MORNING = `((date_trunc('week', ($1::timestamptz AT TIME ZONE u.time_zone) - interval '${DIGEST_HOUR} hours')
                        + interval '${DIGEST_HOUR} hours') AT TIME ZONE u.time_zone)`;

@Injectable()
export class CustomerVoiceMailRepository {
  /**
   * Up to `limit` managers and admins (active, not NEVER) whose Monday morning has come since their last
   * customer-voice mail, locked with SKIP LOCKED and moved on to `now` in the caller's transaction: each gets
   * one mail a week, whatever the number of instances. Someone who never had one gets it only on Monday itself,
   * not on the Wednesday they were made a manager.
   */
  async claimDue(tx: EntityManager, now: Date, limit: number): Promise<VoiceMailReader[]> {
    return tx.query(
      `WITH due AS (
         SELECT u.id FROM users u
          WHERE u.role IN ('MANAGER', 'ADMIN') AND u.deactivated_at IS NULL AND u.email_frequency <> 'NEVER'
            AND $1::timestamptz >= ${MONDAY_MORNING}
            AND (u.last_voice_mail_at < ${MONDAY_MORNING}
                 OR (u.last_voice_mail_at IS NULL AND $1::timestamptz < ${MONDAY_MORNING} + interval '1 day'))
          ORDER BY u.id
          LIMIT $2
          FOR UPDATE OF u SKIP LOCKED),
       moved AS (UPDATE users u SET last_voice_mail_at = $1 FROM due WHERE u.id = due.id
                 RETURNING u.id, u.role, u.email, u.locale, u.time_zone, u.unsubscribe_version)
       SELECT * FROM moved ORDER BY id`,
      [now, limit],
    );
  }
}
