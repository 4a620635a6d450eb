import { Module } from '@nestjs/common';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { AwardGrantsResolver, AwardsResolver, InitiativeAwardsResolver } from './awards.resolver';
import { AwardsService } from './awards.service';

@Module({
  imports: [InitiativesModule],
  providers: [AwardsService, AwardsResolver, AwardGrantsResolver, InitiativeAwardsResolver],
})
export class AwardsModule {}
