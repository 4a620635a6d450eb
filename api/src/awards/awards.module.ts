import { Module } from '@nestjs/common';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { LiveModule } from '../live/live.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AwardGrantsResolver, AwardsResolver, InitiativeAwardsResolver } from './awards.resolver';
import { AwardsRepository } from './awards.repository';
import { AwardsService } from './awards.service';
import { AuditModule } from '../audit/audit.module';

@Module({
  imports: [AuditModule, InitiativesModule, NotificationsModule, LiveModule],
  providers: [AwardsRepository, AwardsService, AwardsResolver, AwardGrantsResolver, InitiativeAwardsResolver],
})
export class AwardsModule {}
