import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { CountingLogger } from './sql-statement-counter';
import { MIGRATIONS } from './migrations';

// Calendar dates stay strings ('2026-11-21'): converting them to JS Dates would shift them by the server's zone.
types.setTypeParser(1082, (value: string) => value);

/**
 * The one description of the database used by the app, the migration CLI and the tests. Entities are registered by
 * the domain modules (`autoLoadEntities`); the schema changes only through the migrations listed here.
 */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: new CountingLogger((level, message) => console[level](`[database] ${message}`)),
    logging: ['query', 'error'],
    extra: { max: Number(process.env['DB_POOL_SIZE'] ?? 10), application_name: 'masswerk' },
    ...extra,
  } as DataSourceOptions;
}
