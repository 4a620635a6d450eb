import { Module } from '@nestjs/common';

import { InitiativesModule } from '../initiatives/initiatives.module';
import { SpacesModule } from '../spaces/spaces.module';
import { ExportController } from './export.controller';
import { InsightsRepository } from './insights.repository';
import { InsightsResolver } from './insights.resolver';
import { InsightsService } from './insights.service';

@Module({
  imports: [SpacesModule, InitiativesModule],
  providers: [InsightsRepository, InsightsService, InsightsResolver],
  controllers: [ExportController],
})
export class InsightsModule {}
