import { Module } from '@nestjs/common';
import { SpacesModule } from '../spaces/spaces.module';
import { ExportController } from './export.controller';
import { InsightsResolver } from './insights.resolver';
import { InsightsService } from './insights.service';

@Module({ imports: [SpacesModule], providers: [InsightsService, InsightsResolver], controllers: [ExportController] })
export class InsightsModule {}
