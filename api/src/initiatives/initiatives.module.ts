import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { ChallengesModule } from '../challenges/challenges.module';
import { LiveModule } from '../live/live.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SpacesModule } from '../spaces/spaces.module';
import { InitiativeChallengeResolver, NotificationInitiativeResolver } from './initiative-links.resolver';
import { InitiativesRepository } from './initiatives.repository';
import { InitiativesResolver } from './initiatives.resolver';
import { InitiativesService } from './initiatives.service';
import { MergeService } from './merge.service';
import { StatusChangeResolver } from './status-change.resolver';

/** Initiatives, their answers and merges; votes, follows, comments and ratings build on its repository. */
@Module({
  imports: [AuditModule, SpacesModule, ChallengesModule, NotificationsModule, LiveModule],
  providers: [
    InitiativesRepository,
    InitiativesService,
    MergeService,
    InitiativesResolver,
    StatusChangeResolver,
    InitiativeChallengeResolver,
    NotificationInitiativeResolver,
  ],
  exports: [InitiativesRepository],
})
export class InitiativesModule {}
