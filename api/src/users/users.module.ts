import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { UsersRepository } from './users.repository';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/** Accounts: the directory, creation and deactivation by admins, everyone's own profile. */
@Module({ imports: [AuditModule], providers: [UsersRepository, UsersService, UsersResolver], exports: [UsersService] })
export class UsersModule {}
