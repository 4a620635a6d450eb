import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log.service';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';

/** Global: nearly every feature records its administrative actions, and none should need wiring for it. */
@Global()
@Module({ providers: [AuditLog, AuditRepository, AuditResolver], exports: [AuditLog] })
export class AuditModule {}
