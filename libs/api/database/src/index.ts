export * from './lib/data-source-options';
export * from './lib/embedded-postgres';
export * from './lib/migrate';
export * from './lib/sql-statement-counter';
export { MIGRATIONS } from './lib/migrations';
export { runningPostmaster } from './lib/embedded-postgres-owner';
export * from './lib/cache-epoch-triggers';
export * from './lib/measure-links';
