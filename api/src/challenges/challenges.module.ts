import { Module } from '@nestjs/common';
import { SpacesModule } from '../spaces/spaces.module';
import { ChallengeOpeningJob } from './challenge-opening.job';
import { ChallengesResolver, InitiativeChallengeResolver } from './challenges.resolver';
import { ChallengesService } from './challenges.service';

@Module({
  imports: [SpacesModule],
  providers: [ChallengesService, ChallengesResolver, InitiativeChallengeResolver, ChallengeOpeningJob],
  exports: [ChallengesService],
})
export class ChallengesModule {}
