import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { SsoController } from './sso.controller';
import { SsoResolver } from './sso.resolver';
import { SsoService } from './sso.service';

/** Single sign-on with the company's OpenID Connect provider (DESIGN.md §9). */
@Module({
  imports: [AuthModule, AuditModule],
  controllers: [SsoController],
  providers: [SsoService, SsoResolver],
})
export class SsoModule {}
