import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { MailKind } from '@red-chair/domain';

import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';
import type { MailContent } from './mail-layout';
import { OutboxRepository } from './outbox.repository';

export const MAIL_DELIVERY_QUEUE = 'mail-delivery';

export interface MailToSend {
  /** The person it is for, when there is an account (an invitation may name a new email). */
  recipientId: string | null;
  to: string;
  kind: MailKind;
  content: MailContent;
  headers?: Record<string, string>;
}

/**
 * Writes mail into the outbox, in the caller's transaction: it goes out if and only if what caused it
 * commits. With SMTP_URL, a delivery job is queued in the same transaction; without it the message
 * stays NOT_SENT for admins to read at /admin/outbox, and nothing leaves the machine.
 */
@Injectable()
export class MailOutbox {
  constructor(
    private readonly repository: OutboxRepository,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async enqueue(tx: EntityManager, mail: MailToSend): Promise<string> {
    const [id] = await this.enqueueMany(tx, [mail]);
    return id;
  }

  /** Many mails at once, in the caller's transaction: one statement for the outbox rows, one for their delivery jobs. */
  async enqueueMany(tx: EntityManager, mails: MailToSend[]): Promise<string[]> {
    const deliver = this.config.mail.smtpUrl !== undefined;
    const ids = await this.repository.insertMany(
      tx,
      mails.map((mail) => ({
        recipientId: mail.recipientId,
        toAddress: mail.to,
        kind: mail.kind,
        ...mail.content,
        headers: mail.headers ?? {},
        state: deliver ? 'PENDING' : 'NOT_SENT',
      })),
    );
    if (deliver)
      await this.jobs.sendMany(
        tx,
        MAIL_DELIVERY_QUEUE,
        ids.map((outboxId) => ({ outboxId })),
      );
    return ids;
  }

  /** Absolute links for mail, from PUBLIC_URL. */
  link(path: string): string {
    return `${this.config.publicUrl}${path.startsWith('/') ? path : `/${path}`}`;
  }
}
