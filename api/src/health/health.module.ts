import { Module } from '@nestjs/common';

import { DatabaseProbe } from './database-probe';
import { HealthController } from './health.controller';

@Module({ providers: [DatabaseProbe], controllers: [HealthController] })
export class HealthModule {}
