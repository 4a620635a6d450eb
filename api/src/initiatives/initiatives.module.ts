import { Module } from '@nestjs/common';
import { SpacesModule } from '../spaces/spaces.module';
import { InitiativesRepository } from './initiatives.repository';
import { InitiativesResolver } from './initiatives.resolver';
import { InitiativesService } from './initiatives.service';

@Module({
  imports: [SpacesModule],
  providers: [InitiativesRepository, InitiativesService, InitiativesResolver],
})
export class InitiativesModule {}
