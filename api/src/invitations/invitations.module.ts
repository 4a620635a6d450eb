import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { SpacesModule } from '../spaces/spaces.module';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';

/** Invitations to spaces; AuthModule uses the service so that signUp can accept one. */
@Module({
  imports: [AuditModule, MailModule, SpacesModule],
  providers: [InvitationsService, InvitationsResolver],
  exports: [InvitationsService],
})
export class InvitationsModule {}
