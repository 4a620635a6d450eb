import { Module } from '@nestjs/common';

import { JobQueue } from './job-queue';

/** One pg-boss per API instance, shared by every feature that queues work. */
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
