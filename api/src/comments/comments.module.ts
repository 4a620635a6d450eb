import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { LiveModule } from '../live/live.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CommentsRepository } from './comments.repository';
import { CommentsResolver, InitiativeCommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';

@Module({
  imports: [AuditModule, InitiativesModule, NotificationsModule, LiveModule],
  providers: [CommentsRepository, CommentsService, CommentsResolver, InitiativeCommentsResolver],
})
export class CommentsModule {}
