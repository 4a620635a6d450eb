import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { SpacesRepository } from './spaces.repository';
import { SpacesResolver } from './spaces.resolver';
import { SpacesService } from './spaces.service';

@Module({ imports: [AuditModule], providers: [SpacesRepository, SpacesService, SpacesResolver], exports: [SpacesService] })
export class SpacesModule {}
