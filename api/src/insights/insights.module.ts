import { Module } from '@nestjs/common';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { SpacesModule } from '../spaces/spaces.module';
import { ExportController } from './export.controller';
import { InsightsResolver } from './insights.resolver';
import { InsightsService } from './insights.service';

@Module({ imports: [SpacesModule, InitiativesModule], providers: [InsightsService, InsightsResolver], controllers: [ExportController] })
export class InsightsModule {}
