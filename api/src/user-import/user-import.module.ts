import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { UserImportResolver } from './user-import.resolver';
import { UserImportService } from './user-import.service';

/** Bulk import of people from a CSV (docs/api.md#administration); apart from UsersModule because it mails through auth's password links. */
@Module({ imports: [AuditModule, AuthModule], providers: [UserImportService, UserImportResolver] })
export class UserImportModule {}
