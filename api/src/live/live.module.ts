import { Module } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub } from 'graphql-subscriptions';
import Redis from 'ioredis';

import { AuthModule } from '../auth/auth.module';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { LiveConnections } from './live-connections';
import { LiveEventsService, PUB_SUB } from './live-events.service';

/** Subscriptions over graphql-ws; fan-out through Redis when REDIS_URL is set. */
@Module({
  imports: [AuthModule],
  providers: [
    {
      provide: PUB_SUB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.redisUrl) return new PubSub();
        const options = { maxRetriesPerRequest: null, lazyConnect: false };
        return new RedisPubSub({ publisher: new Redis(config.redisUrl, options), subscriber: new Redis(config.redisUrl, options) });
      },
    },
    LiveEventsService,
    LiveConnections,
  ],
  exports: [LiveEventsService, LiveConnections],
})
export class LiveModule {}
