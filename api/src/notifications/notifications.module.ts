import { Global, Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** Global: every use case that tells people something writes through NotificationsService. */
@Global()
@Module({ providers: [NotificationsService, NotificationsResolver], exports: [NotificationsService] })
export class NotificationsModule {}
