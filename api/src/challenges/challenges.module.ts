import { Module } from '@nestjs/common';

import { AuditModule } from '../audit/audit.module';
import { JobsModule } from '../jobs/jobs.module';
import { LiveModule } from '../live/live.module';
import { SpacesModule } from '../spaces/spaces.module';
import { ChallengeOpeningJob } from './challenge-opening.job';
import { ChallengesRepository } from './challenges.repository';
import { ChallengesResolver } from './challenges.resolver';
import { ChallengesService } from './challenges.service';

@Module({
  imports: [AuditModule, SpacesModule, LiveModule, JobsModule],
  providers: [ChallengesRepository, ChallengesService, ChallengesResolver, ChallengeOpeningJob],
  exports: [ChallengesService],
})
export class ChallengesModule {}
