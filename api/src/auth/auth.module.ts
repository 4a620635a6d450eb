import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { DomainErrorFilter } from '../common/domain-error.filter';
import { UsersResolver } from '../users/users.resolver';
import { UsersService } from '../users/users.service';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';

/** Identity: accounts, sessions and the guard every GraphQL operation passes. */
@Global()
@Module({
  providers: [
    AuthService,
    SessionsService,
    SignInThrottleService,
    UsersService,
    AuthResolver,
    UsersResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
    // The guard's refusals on HTTP routes become `{ code, message }` with their status.
    { provide: APP_FILTER, useClass: DomainErrorFilter },
  ],
  exports: [SessionsService, UsersService],
})
export class AuthModule {}
