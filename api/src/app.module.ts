import { ApolloDriver } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import { AuthModule } from './auth/auth.module';
import { SessionsService } from './auth/sessions.service';
import type { AppConfig } from './config/config';
import { APP_CONFIG, ConfigModule } from './config/config.module';
import { FEATURE_MODULES } from './features';
import { graphqlOptions } from './graphql/graphql.config';
import { LiveConnections } from './live/live-connections';
import { LiveModule } from './live/live.module';

/** Wires the feature modules around a data source that main (or a test) already migrated. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        // No request-scoped loggers (forRoutes: none): they live in an AsyncLocalStorage whose promise
        // hooks, once on, cost some 6% of the CPU of every request (profiled). Errors are logged with
        // the root logger by the GraphQL error formatter and Nest's exception handler.
        LoggerModule.forRoot({ pinoHttp: { logger, autoLogging: false, quietReqLogger: true }, forRoutes: [] }),
        TypeOrmModule.forRootAsync({ useFactory: () => ({}), dataSourceFactory: async () => dataSource }),
        GraphQLModule.forRootAsync({
          driver: ApolloDriver,
          imports: [AuthModule, LiveModule],
          inject: [APP_CONFIG, SessionsService, LiveConnections, getDataSourceToken()],
          useFactory: (appConfig: AppConfig, sessions: SessionsService, connections: LiveConnections, db: DataSource) =>
            graphqlOptions(appConfig, sessions, connections, db, logger),
        }),
        ...FEATURE_MODULES,
      ],
    };
  }
}
