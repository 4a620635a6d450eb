import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue';
import { CHALLENGE_OPENING_QUEUE } from './challenge-opening.queue';
import { ChallengesService } from './challenges.service';

/**
 * Announces challenges when they open, on the job queue: launching one queues a job for its opening time
 * (pg-boss `startAfter`), and a sweep every minute (pg-boss cron, one run per minute across instances)
 * catches what opened while every server was down. Each run announces whatever is due, once
 * (ChallengesRepository.announceDue claims them), so duplicates and retries are harmless.
 */
@Injectable()
export class ChallengeOpeningJob implements OnApplicationBootstrap {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly jobs: JobQueue,
    private readonly log: PinoLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.define({ name: CHALLENGE_OPENING_QUEUE, retryLimit: 5, retryDelaySeconds: 30, expireInSeconds: 300 });
    if (this.config.challengeTickMs <= 0) return; // tests drive announceDue themselves
    await this.jobs.work(CHALLENGE_OPENING_QUEUE, () => this.announce());
    await this.jobs.schedule(CHALLENGE_OPENING_QUEUE, '* * * * *');
  }

  private async announce(): Promise<void> {
    const told = await this.challenges.announceDue();
    if (told) this.log.info({ told }, 'announced opened challenges');
  }
}
