import { Global, Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { APP_GUARD } from '@nestjs/core';
import { UsersResolver } from '../users/users.resolver';
import { UsersService } from '../users/users.service';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordResetService } from './password-reset.service';
import { SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';

/** Identity: accounts, sessions and the guard every GraphQL operation passes. */
@Global()
@Module({
  imports: [JobsModule, MailModule],
  providers: [
    AuthService,
    PasswordResetService,
    SessionsService,
    SignInThrottleService,
    UsersService,
    AuthResolver,
    UsersResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionsService, UsersService],
})
export class AuthModule {}
