import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { LiveModule } from '../live/live.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AwardsRepository } from './awards.repository';
import { AwardGrantsResolver, AwardsResolver, InitiativeAwardsResolver } from './awards.resolver';
import { AwardsService } from './awards.service';

@Module({
  imports: [AuditModule, InitiativesModule, NotificationsModule, LiveModule],
  providers: [AwardsRepository, AwardsService, AwardsResolver, AwardGrantsResolver, InitiativeAwardsResolver],
})
export class AwardsModule {}
