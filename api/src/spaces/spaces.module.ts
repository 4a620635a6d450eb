import { Module } from '@nestjs/common';
import { SpacesRepository } from './spaces.repository';
import { SpacesResolver } from './spaces.resolver';
import { SpacesService } from './spaces.service';
import { AuditModule } from '../audit/audit.module';

@Module({ imports: [AuditModule], providers: [SpacesRepository, SpacesService, SpacesResolver], exports: [SpacesService] })
export class SpacesModule {}
