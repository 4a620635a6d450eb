import { Module } from '@nestjs/common';

import { JobsModule } from '../jobs/jobs.module';
import { MAIL_TRANSPORT, MailDeliveryWorker } from './mail-delivery.worker';
import { MailOutbox } from './mail-outbox.service';
import { OutboxRepository } from './outbox.repository';
import { OutboxResolver } from './outbox.resolver';

/** The outbox and its delivery worker; features write mail with MailOutbox.enqueue in their transaction. */
@Module({
  imports: [JobsModule],
  providers: [OutboxRepository, MailOutbox, MailDeliveryWorker, OutboxResolver, { provide: MAIL_TRANSPORT, useValue: null }],
  exports: [MailOutbox],
})
export class MailModule {}
