import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { ChallengesService } from './challenges.service';

/** Announces challenges when they open, every `challengeTickMs` (state is in the database, not here). */
@Injectable()
export class ChallengeOpeningJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly challenges: ChallengesService,
    private readonly log: PinoLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.challengeTickMs <= 0) return; // tests drive announceDue themselves
    this.timer = setInterval(() => void this.tick(), this.config.challengeTickMs);
    this.timer.unref();
    void this.tick(); // what opened while the server was down is announced at start
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.challenges
      .announceDue()
      .then((told) => told && this.log.info({ told }, 'announced opened challenges'))
      .catch((error: unknown) => this.log.error({ err: error }, 'could not announce opened challenges'))
      .finally(() => (this.running = undefined));
    await this.running;
  }
}
