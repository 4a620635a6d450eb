import { Module } from '@nestjs/common';
import { SpacesModule } from '../spaces/spaces.module';
import { InitiativesRepository } from './initiatives.repository';
import { InitiativesResolver } from './initiatives.resolver';
import { InitiativesService } from './initiatives.service';
import { StatusChangeResolver } from './status-change.resolver';

@Module({
  imports: [SpacesModule],
  providers: [InitiativesRepository, InitiativesService, InitiativesResolver, StatusChangeResolver],
})
export class InitiativesModule {}
