import { Module } from '@nestjs/common';

import { InitiativesModule } from '../initiatives/initiatives.module';
import { LiveModule } from '../live/live.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RatingsRepository } from './ratings.repository';
import { RatingsResolver } from './ratings.resolver';
import { RatingsService } from './ratings.service';

@Module({ imports: [InitiativesModule, NotificationsModule, LiveModule], providers: [RatingsRepository, RatingsService, RatingsResolver] })
export class RatingsModule {}
