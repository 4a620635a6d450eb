import { Module } from '@nestjs/common';

import { JobsModule } from '../jobs/jobs.module';
import { LiveModule } from '../live/live.module';
import { NotificationsRepository } from './notifications.repository';
import { NotificationChallengeResolver, NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** Every use case that tells people something writes through NotificationsService (imported where needed). */
@Module({
  imports: [LiveModule, JobsModule],
  providers: [NotificationsRepository, NotificationsService, NotificationsResolver, NotificationChallengeResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
