import { Module } from '@nestjs/common';

import { InitiativesModule } from '../initiatives/initiatives.module';
import { LiveModule } from '../live/live.module';
import { VotesRepository } from './votes.repository';
import { VotesResolver } from './votes.resolver';
import { VotesService } from './votes.service';

@Module({ imports: [InitiativesModule, LiveModule], providers: [VotesRepository, VotesService, VotesResolver] })
export class VotesModule {}
