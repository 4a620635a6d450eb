import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';
import { NOTIFICATION_MAIL_QUEUE } from '../notifications/notifications.service';
import { NotificationMailer } from './notification-mailer.service';

/**
 * Runs the mailer: a job after every commit that told someone something, and a sweep every
 * `notificationMailTickMs` (a minute) on every instance, which also sends the digests that are due and
 * catches anything a crash left. With 0, both are off (tests drive the mailer themselves).
 */
@Injectable()
export class NotificationMailJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly mailer: NotificationMailer,
    private readonly jobs: JobQueue,
    private readonly log: PinoLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.notificationMailTickMs <= 0) return;
    await this.jobs.define({ name: NOTIFICATION_MAIL_QUEUE, retryLimit: 3, retryDelaySeconds: 10, expireInSeconds: 300, policy: 'short' });
    await this.jobs.work(NOTIFICATION_MAIL_QUEUE, () => this.mailer.sweepInstant().then(() => undefined));
    this.timer = setInterval(() => void this.tick(), this.config.notificationMailTickMs);
    this.timer.unref();
    void this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = (async () => {
      const instant = await this.mailer.sweepInstant();
      const digests = await this.mailer.sendDueDigests();
      if (instant || digests) this.log.info({ instant, digests }, 'mailed notifications');
    })()
      .catch((error: unknown) => this.log.error({ err: error }, 'could not mail notifications'))
      .finally(() => (this.running = undefined));
    await this.running;
  }
}
