import { Module } from '@nestjs/common';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { AwardGrantsResolver, AwardsResolver, InitiativeAwardsResolver } from './awards.resolver';
import { AwardsRepository } from './awards.repository';
import { AwardsService } from './awards.service';

@Module({
  imports: [InitiativesModule],
  providers: [AwardsRepository, AwardsService, AwardsResolver, AwardGrantsResolver, InitiativeAwardsResolver],
})
export class AwardsModule {}
