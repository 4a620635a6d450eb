import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import { Clock } from '../common/clock';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';
import { MailOutbox, type MailToSend } from '../mail/mail-outbox.service';
import { NotificationMailer } from '../notification-mail/notification-mailer.service';
import { customerVoiceMail, worthMailing } from './customer-voice-mail.content';
import { CustomerVoiceMailRepository } from './customer-voice-mail.repository';
import { CustomerVoiceService, VOICE_DEFAULT_DAYS } from './customer-voice.service';

export const CUSTOMER_VOICE_MAIL_QUEUE = 'customer-voice-mail';
const BATCH = 50;

/**
 * The Monday mail (docs/api.md#the-red-chair): at 08:00 on Monday in each manager's time zone, the last
 * seven days' customer voice — what /red-chair shows — to managers and admins who have not chosen NEVER.
 * A pg-boss cron runs it every ten minutes; each manager is claimed once a week (SKIP LOCKED), so any number
 * of instances sends one mail each.
 */
@Injectable()
export class CustomerVoiceMailer implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: CustomerVoiceMailRepository,
    private readonly voice: CustomerVoiceService,
    private readonly outbox: MailOutbox,
    private readonly notificationMail: NotificationMailer,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly log: PinoLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.notificationMailTickMs <= 0) return; // tests drive sendDue themselves
    await this.jobs.define({ name: CUSTOMER_VOICE_MAIL_QUEUE, retryLimit: 3, retryDelaySeconds: 60, expireInSeconds: 900 });
    await this.jobs.work(CUSTOMER_VOICE_MAIL_QUEUE, async () => {
      const mailed = await this.sendDue();
      if (mailed) this.log.info({ mailed }, 'mailed the customer voice');
    });
    await this.jobs.schedule(CUSTOMER_VOICE_MAIL_QUEUE, '*/10 * * * *');
  }

  /** Mails every manager whose Monday morning has come; returns how many mails were written. */
  async sendDue(): Promise<number> {
    let mailed = 0;
    for (;;) {
      const now = this.clock.now();
      const { claimed, written } = await this.db.transaction(async (tx) => {
        const readers = await this.repository.claimDue(tx, now, BATCH);
        const mails: MailToSend[] = [];
        for (const reader of readers) {
          // Each manager's own view: only the spaces they see.
          const voice = await this.voice.compute(
            reader,
            { from: new Date(now.getTime() - VOICE_DEFAULT_DAYS * 24 * 3600 * 1000), to: now },
            now,
          );
          if (!worthMailing(voice)) continue;
          const unsubscribe = this.notificationMail.unsubscribeUrl(reader.id, reader.unsubscribe_version);
          mails.push({
            recipientId: reader.id,
            to: reader.email,
            kind: 'CUSTOMER_VOICE',
            content: customerVoiceMail(voice, reader.locale, {
              to: (path) => this.outbox.link(path),
              settings: this.outbox.link('/settings#email-notifications'),
              unsubscribe,
            }),
            headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          });
        }
        await this.outbox.enqueueMany(tx, mails);
        return { claimed: readers.length, written: mails.length };
      });
      mailed += written;
      if (claimed < BATCH) return mailed;
    }
  }
}
