import { Module } from '@nestjs/common';

import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { NotificationMailJob } from './notification-mail.job';
import { NotificationMailRepository } from './notification-mail.repository';
import { NotificationMailer } from './notification-mailer.service';
import { UnsubscribeController } from './unsubscribe.controller';

/** Notifications by mail: INSTANT within a minute, DAILY and WEEKLY digests, one-click unsubscribe. */
@Module({
  imports: [MailModule, JobsModule],
  providers: [NotificationMailRepository, NotificationMailer, NotificationMailJob],
  controllers: [UnsubscribeController],
  exports: [NotificationMailer],
})
export class NotificationMailModule {}
