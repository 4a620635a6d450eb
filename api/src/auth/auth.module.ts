import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';

import { DomainErrorFilter } from '../common/domain-error.filter';
import { InvitationsModule } from '../invitations/invitations.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { AuthRateLimits } from './auth-rate-limits.service';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordResetService } from './password-reset.service';
import { SessionsService } from './sessions.service';

/** Identity: sign-up, sign-in, sessions, and the guard every operation and route passes. */
@Module({
  imports: [UsersModule, JobsModule, MailModule, InvitationsModule],
  providers: [
    AuthService,
    PasswordResetService,
    SessionsService,
    AuthRateLimits,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
    // The guard's refusals on HTTP routes become `{ code, message }` with their status.
    { provide: APP_FILTER, useClass: DomainErrorFilter },
  ],
  exports: [SessionsService, PasswordResetService],
})
export class AuthModule {}
