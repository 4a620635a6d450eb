import { DataSource, type DataSourceOptions } from 'typeorm';

// eslint-disable-next-line @nx/enforce-module-boundaries -- top-level migrations/ is compiled into the api (workspace layout)
import { MIGRATIONS } from '../../../migrations';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './naming-strategy';
import { QueryCounter } from './query-counter';

export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto', // gen_random_uuid() is built into PostgreSQL 13+
    synchronize: false,
    logging: false,
    logger: QueryCounter.logger,
    extra: { max: 20, application_name: 'red-chair' },
    ...extra,
  } as DataSourceOptions;
}

export const createDataSource = (url: string) => new DataSource(dataSourceOptions(url));
