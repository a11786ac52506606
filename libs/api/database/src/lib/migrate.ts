import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * The advisory lock that serialises migrations (an arbitrary constant, "Maßwerk migrate"): when several instances
 * start at the same moment on one database, one migrates and the others wait, then find nothing left to do.
 */
export const MIGRATION_LOCK = 0x4d57_4d49;

/**
 * Applies pending migrations with a short-lived connection; returns the names of those applied. The one connection
 * holds a session-level advisory lock for the whole run, so the lock ends with the connection if the process dies.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(
    dataSourceOptions(url, { extra: { max: 1, application_name: 'masswerk-migrate' } }),
  );
  await dataSource.initialize();
  try {
    // The pool has one connection, so the lock and the migrations share the session.
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await dataSource.destroy();
  }
}
