import { Module } from '@nestjs/common';

import { AuditLog } from './audit-log.service';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';

/** The audit trail; each feature that records administrative actions imports it. */
@Module({ providers: [AuditLog, AuditRepository, AuditResolver], exports: [AuditLog] })
export class AuditModule {}
