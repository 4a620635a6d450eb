import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';
import { MAIL_DELIVERY_QUEUE } from './mail-outbox.service';
import { DeliveryError, smtpTransport, type MailTransport } from './mail-transport';
import { OutboxRepository } from './outbox.repository';

/** Tests replace the SMTP transport to stop a delivery half-way, as a killed server would. */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/**
 * Delivers the outbox, in every API instance. Each message is claimed with a lease before it is sent
 * and marked SENT right after: a worker killed after the claim leaves the lease to run out and its job
 * to expire, and another worker sends the message then, once. A crash between sending and marking
 * would send it again with the same Message-ID, the idempotency key mail systems recognise.
 */
@Injectable()
export class MailDeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly transport: MailTransport | undefined;

  constructor(
    private readonly jobs: JobQueue,
    private readonly outbox: OutboxRepository,
    private readonly log: PinoLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_TRANSPORT) transport: MailTransport | null,
  ) {
    const { smtpUrl } = config.mail;
    this.transport = transport ?? (smtpUrl ? smtpTransport(smtpUrl) : undefined);
  }

  async onApplicationBootstrap(): Promise<void> {
    const { maxAttempts, retryDelaySeconds, leaseSeconds } = this.config.mail;
    // The row counts attempts; the queue retries a little more, for jobs that met a live lease.
    await this.jobs.define({ name: MAIL_DELIVERY_QUEUE, retryLimit: maxAttempts + 2, retryDelaySeconds, expireInSeconds: leaseSeconds });
    if (!this.transport) {
      this.log.warn('SMTP_URL is not set: mail stays in the outbox as NOT_SENT (admins read it at /admin/outbox); nothing is sent');
      return;
    }
    await this.jobs.work<{ outboxId: string }>(MAIL_DELIVERY_QUEUE, ({ outboxId }) => this.deliver(outboxId));
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** Sends one message at most once; throws to have the queue try again later. */
  async deliver(outboxId: string): Promise<void> {
    const transport = this.transport;
    if (!transport) return;
    const message = await this.outbox.claim(outboxId, this.config.mail.leaseSeconds);
    if (!message) {
      // Sent or failed already: done. Still pending: another worker holds it; look again later.
      if (await this.outbox.isPending(outboxId)) throw new Error('another worker is delivering this message');
      return;
    }
    try {
      await transport.send({
        from: this.config.mail.from,
        to: message.toAddress,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: message.headers,
        messageId: `<${message.id}@${new URL(this.config.publicUrl).hostname}>`,
      });
    } catch (error) {
      const failure =
        error instanceof DeliveryError ? error : new DeliveryError(error instanceof Error ? error.message : String(error), false);
      const final = failure.permanent || message.attempts >= this.config.mail.maxAttempts;
      await this.outbox.recordFailure(message.id, failure.message, final);
      this.log.warn({ outboxId: message.id, attempt: message.attempts, final, error: failure.message }, 'mail delivery failed');
      if (final) return;
      throw failure;
    }
    await this.outbox.markSent(message.id);
  }
}
