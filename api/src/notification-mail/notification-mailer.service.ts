import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Clock } from '../common/clock';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { MailOutbox, type MailToSend } from '../mail/mail-outbox.service';
import { digestMail, instantMail, type ReaderLinks } from './notification-mail.content';
import { NotificationMailRepository, type MailableNotification } from './notification-mail.repository';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

/** Notifications claimed per transaction: large enough for few round trips, small enough to keep locks short. */
const INSTANT_BATCH = 2000;
/** Digest readers handled per transaction. */
const DIGEST_BATCH = 200;

export type UnsubscribeOutcome = 'UNSUBSCRIBED' | 'INVALID' | 'EXPIRED';

/**
 * Turns notifications into mail (docs/api.md#mail). Each run claims rows and writes their mail to the
 * outbox in one transaction, so every notification is mailed at most once, on any number of
 * instances; what a reader may no longer see, their own actions, NEVER and deactivated readers are
 * marked without a mail.
 */
@Injectable()
export class NotificationMailer {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: NotificationMailRepository,
    private readonly outbox: MailOutbox,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Mails every waiting notification of INSTANT readers; returns how many mails were written. */
  async sweepInstant(): Promise<number> {
    let mailed = 0;
    for (;;) {
      const { claimed, written } = await this.db.transaction(async (tx) => {
        const ids = await this.repository.claimInstant(tx, this.clock.now(), INSTANT_BATCH);
        const mails = (await this.repository.mailable(tx, ids, ['INSTANT'])).map((n) => this.mailOf(n, instantMail(n, this.links(n))));
        await this.outbox.enqueueMany(tx, mails);
        return { claimed: ids.length, written: mails.length };
      });
      mailed += written;
      if (claimed < INSTANT_BATCH) return mailed;
    }
  }

  /** Sends the digests whose morning has come (08:00 in each reader's zone; WEEKLY on Mondays). */
  async sendDueDigests(): Promise<number> {
    let mailed = 0;
    for (;;) {
      const { readers, written } = await this.db.transaction(async (tx) => {
        const due = await this.repository.claimDueDigests(tx, this.clock.now(), DIGEST_BATCH);
        const items = await this.repository.mailable(tx, due.notificationIds, ['DAILY', 'WEEKLY']);
        const mails: MailToSend[] = [];
        for (const group of byReader(items)) {
          const first = group[0];
          const frequency = first.email_frequency === 'WEEKLY' ? 'WEEKLY' : 'DAILY';
          mails.push({ ...this.mailOf(first, digestMail(group, frequency, this.links(first))), kind: 'DIGEST' });
        }
        await this.outbox.enqueueMany(tx, mails);
        return { readers: due.readers, written: mails.length };
      });
      mailed += written;
      if (readers < DIGEST_BATCH) return mailed;
    }
  }

  /** RFC 8058 one-click: NEVER for the person the signed link names, if it is still their current one. */
  async unsubscribe(token: string): Promise<UnsubscribeOutcome> {
    const claim = verifyUnsubscribeToken(this.config.appSecret, token);
    if (!claim) return 'INVALID';
    const done = await this.repository.unsubscribe(this.db.manager, claim.userId, claim.version);
    return done ? 'UNSUBSCRIBED' : 'EXPIRED';
  }

  unsubscribeUrl(userId: string, version: number): string {
    return this.outbox.link(`/unsubscribe/${signUnsubscribeToken(this.config.appSecret, { userId, version })}`);
  }

  private links(reader: MailableNotification): ReaderLinks {
    return {
      to: (path) => this.outbox.link(path),
      settings: this.outbox.link('/settings#email-notifications'),
      unsubscribe: this.unsubscribeUrl(reader.recipient_id, reader.unsubscribe_version),
    };
  }

  private mailOf(reader: MailableNotification, content: MailToSend['content']): MailToSend {
    return {
      recipientId: reader.recipient_id,
      to: reader.email,
      kind: 'NOTIFICATION',
      content,
      headers: {
        'List-Unsubscribe': `<${this.unsubscribeUrl(reader.recipient_id, reader.unsubscribe_version)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }
}

/** Rows come ordered by reader: one group per reader. */
function byReader(items: MailableNotification[]): MailableNotification[][] {
  const groups = new Map<string, MailableNotification[]>();
  for (const item of items) {
    const group = groups.get(item.recipient_id);
    if (group) group.push(item);
    else groups.set(item.recipient_id, [item]);
  }
  return [...groups.values()];
}
